package nl.rendement.app.security;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;
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

    /** The active accounts by display name, for choosing a person such as a programme's owner. */
    public List<User> enabledUsers() {
        return accounts.all().stream()
                .filter(Account::enabled)
                .map(account -> new User(account.id(), account.displayName()))
                .sorted(Comparator.comparing(User::displayName))
                .toList();
    }

    /** A user as other features may know them: id and the name to show. */
    public record User(long id, String displayName) {

        public User {
            Objects.requireNonNull(displayName, "displayName");
        }
    }
}
