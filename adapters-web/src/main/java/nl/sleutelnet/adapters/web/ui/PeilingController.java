package nl.sleutelnet.adapters.web.ui;

import jakarta.servlet.http.HttpServletResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import nl.sleutelnet.application.port.in.FieldViolation;
import nl.sleutelnet.application.port.in.InvalidCommandException;
import nl.sleutelnet.application.port.in.poll.AnswerPollCommand;
import nl.sleutelnet.application.port.in.poll.AnswerPollUseCase;
import nl.sleutelnet.application.port.in.poll.InvitationView;
import nl.sleutelnet.application.port.in.poll.ShowPollInvitationUseCase;
import nl.sleutelnet.domain.poll.PollText;
import nl.sleutelnet.domain.poll.TokenState;
import nl.sleutelnet.domain.privacy.PersonalDataScreen;
import nl.sleutelnet.domain.shared.DomainException;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The key person's poll pages, without signing in: the personal link shows the questions or says clearly why it no
 * longer works (never an error page), the answer is screened for personal identifiers with the input kept, and a
 * thank-you page follows.
 */
@Controller
@RequestMapping("/peiling")
public class PeilingController {

    static final String RATING = "cijfer-";

    private final ShowPollInvitationUseCase show;
    private final AnswerPollUseCase answer;
    private final MessageSource messages;

    public PeilingController(ShowPollInvitationUseCase show, AnswerPollUseCase answer, MessageSource messages) {
        this.show = show;
        this.answer = answer;
        this.messages = messages;
    }

    @GetMapping("/bedankt")
    public String bedankt() {
        return "peiling/bedankt";
    }

    /** A form the security refused (its CSRF cookie was missing or stale): open the link again. */
    @RequestMapping("/formulier-verlopen")
    public String formulierVerlopen(Model model, HttpServletResponse response) {
        response.setStatus(HttpStatus.FORBIDDEN.value());
        model.addAttribute("toestand", "FORM_EXPIRED");
        return "peiling/toestand";
    }

    @GetMapping("/{token}")
    public String vragen(@PathVariable String token, Model model, HttpServletResponse response) {
        InvitationView view = show.showInvitation(token);
        if (view.state() != TokenState.VALID) {
            return state(view.state(), model, response);
        }
        return form(view, token, Map.of(), "", Map.of(), model);
    }

    @PostMapping("/{token}")
    public String antwoorden(@PathVariable String token, @RequestParam Map<String, String> params, Model model,
            HttpServletResponse response, Locale locale) {
        Map<String, Integer> ratings = new LinkedHashMap<>();
        Map<String, String> typed = new LinkedHashMap<>();
        params.forEach((name, value) -> {
            if (name.startsWith(RATING) && value != null && !value.isBlank()) {
                typed.put(name.substring(RATING.length()), value);
                try {
                    ratings.put(name.substring(RATING.length()), Integer.valueOf(value.strip()));
                } catch (NumberFormatException e) {
                    ratings.put(name.substring(RATING.length()), 0);
                }
            }
        });
        String remark = params.getOrDefault("remark", "");
        try {
            answer.answerPoll(new AnswerPollCommand(token, ratings, remark));
            return "redirect:/peiling/bedankt";
        } catch (InvalidCommandException e) {
            InvitationView view = show.showInvitation(token);
            if (view.state() != TokenState.VALID) {
                return state(view.state(), model, response);
            }
            return form(view, token, typed, remark, explain(e, remark, locale), model);
        } catch (DomainException e) {
            TokenState state = show.showInvitation(token).state();
            return state(state == TokenState.VALID ? TokenState.UNKNOWN : state, model, response);
        }
    }

    private String form(InvitationView view, String token, Map<String, String> typed, String remark,
            Map<String, List<String>> errors, Model model) {
        model.addAttribute("uitnodiging", view);
        model.addAttribute("token", token);
        model.addAttribute("gekozen", typed);
        model.addAttribute("opmerking", remark);
        model.addAttribute("fouten", errors);
        model.addAttribute("maxOpmerking", PollText.MAX_REMARK);
        return "peiling/vragen";
    }

    /** A clear page per state, with a status code that fits: gone for a link that worked once, 404 for unknown. */
    private String state(TokenState state, Model model, HttpServletResponse response) {
        response.setStatus(switch (state) {
            case UNKNOWN -> HttpStatus.NOT_FOUND.value();
            case ANSWERED, VALID -> HttpStatus.OK.value();
            case EXPIRED, REPLACED, ROUND_CLOSED, NOT_ACTIVE -> HttpStatus.GONE.value();
        });
        model.addAttribute("toestand", state.name());
        return "peiling/toestand";
    }

    /**
     * The errors per field, in Dutch. For a remark with personal identifiers the same screen the core used says what
     * was found, so the key person can find and remove it.
     */
    private Map<String, List<String>> explain(InvalidCommandException e, String remark, Locale locale) {
        Map<String, List<String>> errors = new LinkedHashMap<>();
        for (FieldViolation v : e.violations()) {
            String message;
            if (v.code().equals(PollText.PERSONAL_DATA) && !"en".equals(locale.getLanguage())) {
                message = messages.getMessage("peiling.gevonden", new Object[] {
                        PersonalDataScreen.screen(remark).stream()
                                .map(f -> messages.getMessage("peiling.soort." + f.kind(), null, locale)
                                        + " (" + f.excerpt() + ")")
                                .distinct().collect(Collectors.joining(", "))}, locale);
            } else {
                message = FormErrors.explain(v.code(), v.message(), messages, locale);
            }
            errors.computeIfAbsent(v.field(), f -> new java.util.ArrayList<>()).add(message);
        }
        return errors;
    }
}
