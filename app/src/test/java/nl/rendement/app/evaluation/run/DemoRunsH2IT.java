package nl.rendement.app.evaluation.run;

import org.springframework.test.context.ActiveProfiles;

@ActiveProfiles({"demo", "test"})
class DemoRunsH2IT extends DemoRunsContract {}
