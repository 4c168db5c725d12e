package nl.rendement.app.security;

import nl.rendement.app.storage.OnPostgres;
import org.springframework.test.context.ActiveProfiles;

@ActiveProfiles("test")
@OnPostgres
class AccountStoragePostgresIT extends AccountStorageContract {}
