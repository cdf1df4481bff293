package nl.sleutelnet.adapters.web.ui;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.sleutelnet.application.port.in.network.AnalyseNetworkUseCase;
import nl.sleutelnet.application.port.in.network.NetworkReport;
import nl.sleutelnet.application.port.in.network.ShowCoverageUseCase;
import nl.sleutelnet.application.port.in.network.WhatIfCommand;
import nl.sleutelnet.application.port.in.network.WhatIfUseCase;
import nl.sleutelnet.domain.access.Actor;
import nl.sleutelnet.domain.access.Permission;
import nl.sleutelnet.domain.network.MemberKind;
import nl.sleutelnet.domain.network.analysis.Centrality;
import nl.sleutelnet.domain.network.analysis.NetworkMember;
import nl.sleutelnet.domain.shared.DomainException;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

/** The network as a whole: coverage and white spots for everyone with network figures, structure for the coordinator. */
@Controller
@RequestMapping("/netwerk")
public class NetwerkPaginaController {

    private final ShowCoverageUseCase coverage;
    private final AnalyseNetworkUseCase analyse;
    private final WhatIfUseCase whatIf;
    private final Choices choices;
    private final MessageSource messages;
    private final Clock clock;

    public NetwerkPaginaController(ShowCoverageUseCase coverage, AnalyseNetworkUseCase analyse, WhatIfUseCase whatIf,
            Choices choices, MessageSource messages, Clock clock) {
        this.coverage = coverage;
        this.analyse = analyse;
        this.whatIf = whatIf;
        this.choices = choices;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping
    public String netwerk(Actor actor, @RequestParam(required = false) LocalDate van,
            @RequestParam(required = false) LocalDate tot, Model model, Locale locale) {
        return page(actor, model, van, tot, null, FormErrors.none(), locale);
    }

    @PostMapping("/wat-als")
    public String watAls(Actor actor, @RequestParam(name = "remove", required = false) List<String> remove,
            @RequestParam(defaultValue = "") String newName,
            @RequestParam(name = "newNeighbourhoods", required = false) List<String> newNeighbourhoods,
            @RequestParam(name = "newThemes", required = false) List<String> newThemes,
            @RequestParam(name = "newTies", required = false) List<String> newTies, Model model, Locale locale) {
        try {
            List<WhatIfCommand.Newcomer> add = newName.isBlank() ? List.of() : List.of(new WhatIfCommand.Newcomer(
                    newName, newNeighbourhoods, newThemes, newTies));
            model.addAttribute("watAls", whatIf.whatIf(actor, new WhatIfCommand(remove, add)));
            model.addAttribute("verwijderd", remove == null ? List.of() : remove);
            return page(actor, model, null, null, null, FormErrors.none(), locale);
        } catch (DomainException e) {
            return page(actor, model, null, null, null, FormErrors.of(e, messages, locale), locale);
        }
    }

    /** Nodes and links for the interactive network picture: coloured by kind and status, sized by betweenness. */
    @GetMapping(value = "/graaf.json", produces = "application/json")
    @ResponseBody
    public Map<String, Object> graaf(Actor actor, Locale locale) {
        LocalDate today = today();
        NetworkReport report = analyse.analyseNetwork(actor, today.minusYears(1), today);
        Map<Object, Double> centrality = new LinkedHashMap<>();
        for (Centrality c : report.betweenness()) {
            centrality.put(c.member(), c.normalised());
        }
        List<Map<String, Object>> nodes = new ArrayList<>();
        for (NetworkMember m : report.members()) {
            double score = centrality.getOrDefault(m.ref(), 0.0);
            boolean cut = report.isCutVertex(m.ref());
            Map<String, Object> node = new LinkedHashMap<>();
            node.put("id", m.ref().toString());
            node.put("name", m.label());
            node.put("category", !m.active() ? 2 : m.ref().kind() == MemberKind.KEY_PERSON ? 0 : 1);
            node.put("symbolSize", 12 + Math.round(score * 48));
            node.put("value", Math.round(score * 1000) / 1000.0);
            node.put("cutVertex", cut);
            node.put("url", m.ref().kind() == MemberKind.KEY_PERSON ? "/sleutelpersonen/" + m.ref().id()
                    : "/partners/" + m.ref().id());
            nodes.add(node);
        }
        List<Map<String, Object>> links = report.ties().stream().map(t -> Map.<String, Object>of(
                "source", t.a().toString(), "target", t.b().toString(), "value", t.strength())).toList();
        return Map.of("nodes", nodes, "links", links, "categories", List.of(
                Map.of("name", messages.getMessage("netwerk.categorie.sleutelpersoon", null, locale)),
                Map.of("name", messages.getMessage("netwerk.categorie.partner", null, locale)),
                Map.of("name", messages.getMessage("netwerk.categorie.inactief", null, locale))));
    }

    private String page(Actor actor, Model model, LocalDate from, LocalDate to, Object ignored, FormErrors errors,
            Locale locale) {
        LocalDate today = today();
        LocalDate periodTo = to == null ? today : to;
        LocalDate periodFrom = from == null ? periodTo.minusYears(1).plusDays(1) : from;
        model.addAttribute("dekking", coverage.showCoverage(actor));
        model.addAttribute("fouten", errors);
        model.addAttribute("van", periodFrom);
        model.addAttribute("tot", periodTo);
        if (actor.may(Permission.ANALYSE_NETWORK)) {
            try {
                model.addAttribute("analyse", analyse.analyseNetwork(actor, periodFrom, periodTo));
            } catch (DomainException e) {
                model.addAttribute("fouten", FormErrors.of(e, messages, locale));
                model.addAttribute("analyse", analyse.analyseNetwork(actor, today.minusYears(1).plusDays(1), today));
            }
        }
        if (!model.containsAttribute("verwijderd")) {
            model.addAttribute("verwijderd", List.of());
        }
        choices.addTo(actor, model);
        return "netwerk";
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), UiModel.AMSTERDAM);
    }
}
