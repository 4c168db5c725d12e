package nl.rendement.app.people;

import org.springframework.test.context.ActiveProfiles;

@ActiveProfiles("test")
class PeopleStorageH2IT extends PeopleStorageContract {}
