package nl.sleutelnet.adapters.web.ui;

import nl.sleutelnet.application.port.in.signal.TrackSignalUseCase;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Open to everyone: whoever reported a signal types the tracking code from their receipt and sees that it arrived
 * and its status, never the assessment or who handles it.
 */
@Controller
public class MeldingStatusController {

    private final TrackSignalUseCase track;

    public MeldingStatusController(TrackSignalUseCase track) {
        this.track = track;
    }

    @GetMapping("/melding/status")
    public String status(@RequestParam(required = false) String code, Model model) {
        model.addAttribute("code", code == null ? "" : code);
        if (code != null && !code.isBlank()) {
            model.addAttribute("ontvangst", track.trackSignal(code).orElse(null));
            model.addAttribute("gezocht", true);
        }
        return "melding-status";
    }
}
