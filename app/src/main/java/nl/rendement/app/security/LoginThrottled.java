package nl.rendement.app.security;

import org.springframework.security.core.AuthenticationException;

/** Too many failed logins recently; refused without checking the password. */
class LoginThrottled extends AuthenticationException {

    private static final long serialVersionUID = 1L;

    LoginThrottled() {
        super("Too many failed logins");
    }
}
