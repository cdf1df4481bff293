package nl.sleutelnet.adapters.web.security;

import nl.sleutelnet.application.port.in.account.SignInCommand;
import nl.sleutelnet.application.port.in.account.SignInUseCase;
import nl.sleutelnet.domain.shared.DomainException;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;

/** Form sign-in: the core's {@link SignInUseCase} checks the password; Spring Security keeps the session. */
public final class PasswordSignInProvider implements AuthenticationProvider {

    private final SignInUseCase signIn;

    public PasswordSignInProvider(SignInUseCase signIn) {
        this.signIn = signIn;
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        Object credentials = authentication.getCredentials();
        try {
            return new ActorAuthentication(signIn.signIn(
                    new SignInCommand(authentication.getName(), credentials == null ? null : credentials.toString())));
        } catch (DomainException e) {
            throw new BadCredentialsException(e.getMessage());
        }
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
