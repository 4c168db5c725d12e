package nl.rendement.app.security;

import java.util.List;
import java.util.Optional;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/**
 * A request signed in with an API token. Its only authority is {@link #AUTHORITY}, which no page
 * and no API call but the import API's accepts; its name is the token's {@linkplain
 * ApiToken#actor() actor}, under which its imports are recorded.
 */
public final class ApiTokenAuthentication extends AbstractAuthenticationToken {

    private static final long serialVersionUID = 1L;

    /** The authority of a token: not a role, so no role's rule lets a token through. */
    public static final String AUTHORITY = "IMPORT_TOKEN";

    private final transient ApiToken token;

    ApiTokenAuthentication(ApiToken token) {
        super(List.of(new SimpleGrantedAuthority(AUTHORITY)));
        this.token = token;
        setAuthenticated(true);
    }

    /** The token a request was signed in with, if it was. */
    public static Optional<ApiToken> of(Authentication authentication) {
        return authentication instanceof ApiTokenAuthentication signedIn
                ? Optional.of(signedIn.token)
                : Optional.empty();
    }

    public ApiToken token() {
        return token;
    }

    @Override
    public Object getCredentials() {
        return "";
    }

    @Override
    public Object getPrincipal() {
        return token.actor();
    }

    @Override
    public String getName() {
        return token.actor();
    }
}
