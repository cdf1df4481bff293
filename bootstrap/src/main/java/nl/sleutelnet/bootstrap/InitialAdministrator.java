package nl.sleutelnet.bootstrap;

import nl.sleutelnet.application.port.in.account.EnsureInitialAdminUseCase;
import nl.sleutelnet.application.port.in.account.InitialAdminCommand;
import nl.sleutelnet.application.port.in.account.InitialAdminResult;
import nl.sleutelnet.application.port.in.audit.CallContext;
import nl.sleutelnet.domain.audit.AuditOrigin;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * On the first start with an empty database, creates the administrator from {@code sleutelnet.admin.username} and
 * {@code sleutelnet.admin.password} (so also {@code SLEUTELNET_ADMIN_USERNAME} / {@code SLEUTELNET_ADMIN_PASSWORD});
 * without a password one is generated and printed once. Before the web server accepts requests.
 */
@Component
class InitialAdministrator extends BeforeTheWebServer {

    static final int PHASE = 0;

    private static final Logger LOG = LoggerFactory.getLogger(InitialAdministrator.class);

    private final EnsureInitialAdminUseCase initialAdmin;
    private final String username;
    private final String password;

    InitialAdministrator(EnsureInitialAdminUseCase initialAdmin,
            @Value("${sleutelnet.admin.username:admin}") String username,
            @Value("${sleutelnet.admin.password:}") String password) {
        super(PHASE);
        this.initialAdmin = initialAdmin;
        this.username = username;
        this.password = password;
    }

    @Override
    protected void once() {
        InitialAdminResult result;
        try (CallContext.Scope job = CallContext.open(AuditOrigin.job("start-up"))) {
            result = initialAdmin.ensureInitialAdmin(new InitialAdminCommand(username, password));
        }
        if (!result.created()) {
            return;
        }
        if (result.generatedPassword().isPresent()) {
            LOG.warn("""

                    ==================================================================
                     First start: administrator '{}' created with password
                         {}
                     This is shown once. Sign in and change it (Mijn wachtwoord).
                    ==================================================================""",
                    result.username(), result.generatedPassword().get());
        } else {
            LOG.info("First start: administrator '{}' created with the configured password.", result.username());
        }
    }
}
