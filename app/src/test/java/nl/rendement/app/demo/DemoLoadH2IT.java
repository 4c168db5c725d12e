package nl.rendement.app.demo;

import org.springframework.test.context.ActiveProfiles;

@ActiveProfiles({"demo", "test"})
class DemoLoadH2IT extends DemoLoadContract {}
