package nl.rendement.app.plan;

import org.springframework.test.context.ActiveProfiles;

@ActiveProfiles("test")
class PlanStorageH2IT extends PlanStorageContract {}
