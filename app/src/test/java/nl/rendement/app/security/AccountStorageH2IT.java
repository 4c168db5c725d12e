package nl.rendement.app.security;

import org.springframework.test.context.ActiveProfiles;

@ActiveProfiles("test")
class AccountStorageH2IT extends AccountStorageContract {}
