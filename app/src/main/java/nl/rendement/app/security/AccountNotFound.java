package nl.rendement.app.security;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** No account has this id. */
@ResponseStatus(HttpStatus.NOT_FOUND)
class AccountNotFound extends RuntimeException {

    private static final long serialVersionUID = 1L;

    AccountNotFound(long id) {
        super("No account with id " + id);
    }
}
