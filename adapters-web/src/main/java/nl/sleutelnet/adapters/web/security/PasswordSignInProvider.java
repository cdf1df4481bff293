package nl.sleutelnet.adapters.web.security;

import java.time.Clock;
import java.time.Instant;
import nl.sleutelnet.application.port.in.account.SignInCommand;
import nl.sleutelnet.application.port.in.account.SignInThrottledException;
import nl.sleutelnet.application.port.in.account.SignInUseCase;
import nl.sleutelnet.domain.shared.DomainException;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/** Form sign-in: the core's {@link SignInUseCase} checks the password; Spring Security keeps the session. */
public final class PasswordSignInProvider implements AuthenticationProvider {

    private final SignInUseCase signIn;
    private final Clock clock;

    public PasswordSignInProvider(SignInUseCase signIn, Clock clock) {
        this.signIn = signIn;
        this.clock = clock;
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        Object credentials = authentication.getCredentials();
        // the client address as Tomcat saw it (behind the city's proxy: from X-Forwarded-For, see README)
        String origin = authentication.getDetails() instanceof WebAuthenticationDetails web
                ? web.getRemoteAddress() : null;
        try {
            return new ActorAuthentication(signIn.signIn(new SignInCommand(authentication.getName(),
                    credentials == null ? null : credentials.toString(), origin)), clock.instant());
        } catch (SignInThrottledException e) {
            throw new SignInThrottled(e.retryAt());
        } catch (DomainException e) {
            throw new BadCredentialsException(e.getMessage());
        }
    }

    /** Too many failed attempts: refused until {@link #retryAt()}, whatever the password. */
    public static final class SignInThrottled extends AuthenticationException {

        private static final long serialVersionUID = 1L;

        private final Instant retryAt;

        SignInThrottled(Instant retryAt) {
            super("Too many failed sign-in attempts; try again after " + retryAt);
            this.retryAt = retryAt;
        }

        public Instant retryAt() {
            return retryAt;
        }
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
