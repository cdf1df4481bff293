package nl.sleutelnet.adapters.web.ui;

import java.nio.charset.StandardCharsets;
import nl.sleutelnet.application.port.in.privacy.ApplyRetentionUseCase;
import nl.sleutelnet.application.port.in.privacy.ProcessingRegister;
import nl.sleutelnet.application.port.in.privacy.ShowProcessingRegisterUseCase;
import nl.sleutelnet.application.port.in.privacy.ShowRetentionUseCase;
import nl.sleutelnet.domain.access.Actor;
import nl.sleutelnet.domain.privacy.Removal;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * For the administrator: the retention terms with the deletion register and a button to apply the terms now, and the
 * processing register (GDPR article 30) as a page and a Markdown download.
 */
@Controller
public class BeheerPrivacyController {

    private final ShowRetentionUseCase retention;
    private final ApplyRetentionUseCase apply;
    private final ShowProcessingRegisterUseCase register;

    public BeheerPrivacyController(ShowRetentionUseCase retention, ApplyRetentionUseCase apply,
            ShowProcessingRegisterUseCase register) {
        this.retention = retention;
        this.apply = apply;
        this.register = register;
    }

    @GetMapping("/beheer/bewaartermijnen")
    public String bewaartermijnen(Actor actor, Model model) {
        var overview = retention.showRetention(actor, 20);
        model.addAttribute("termijnen", overview.terms());
        model.addAttribute("regels", overview.latest());
        model.addAttribute("soorten", Removal.values());
        return "beheer/bewaartermijnen";
    }

    @PostMapping("/beheer/bewaartermijnen/toepassen")
    public String toepassen(Actor actor) {
        apply.applyRetention(actor);
        return "redirect:/beheer/bewaartermijnen?toegepast";
    }

    @GetMapping("/beheer/verwerkingsregister")
    public String verwerkingsregister(Actor actor, Model model) {
        model.addAttribute("register", register.showProcessingRegister(actor));
        return "beheer/verwerkingsregister";
    }

    @GetMapping("/beheer/verwerkingsregister.md")
    public ResponseEntity<byte[]> markdown(Actor actor) {
        ProcessingRegister document = register.showProcessingRegister(actor);
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "markdown", StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("verwerkingsregister.md").build().toString())
                .body(document.markdown().getBytes(StandardCharsets.UTF_8));
    }

    /** A term in Dutch words, for the page. */
    public static String dutch(java.time.Period term) {
        return ProcessingRegister.dutch(term);
    }
}
