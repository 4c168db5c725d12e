package nl.rendement.app.security;

import java.util.Optional;
import org.springframework.stereotype.Component;

/** Looks up accounts for other features (a programme's owner is a user), without their secrets. */
@Component
public class UserDirectory {

    private final Accounts accounts;

    UserDirectory(Accounts accounts) {
        this.accounts = accounts;
    }

    /** The id of the active account with this username, if any. */
    public Optional<Long> idOf(String username) {
        return accounts.byUsername(username).filter(Account::enabled).map(Account::id);
    }
}
