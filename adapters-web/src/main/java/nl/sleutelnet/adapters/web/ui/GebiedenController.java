package nl.sleutelnet.adapters.web.ui;

import java.util.List;
import nl.sleutelnet.application.port.in.InvalidCommandException;
import nl.sleutelnet.application.port.in.geography.DistrictSummary;
import nl.sleutelnet.application.port.in.geography.ListDistrictsUseCase;
import nl.sleutelnet.application.port.in.geography.NeighbourhoodQuery;
import nl.sleutelnet.domain.access.Actor;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;

/** The register of wijken and buurten as a list and as a map. */
@Controller
public class GebiedenController {

    private final ListDistrictsUseCase districts;

    public GebiedenController(ListDistrictsUseCase districts) {
        this.districts = districts;
    }

    /**
     * The list, filtered by wijk and name. With htmx only the table is sent back; without JavaScript the whole
     * page, so the filter works either way.
     */
    @GetMapping("/buurten")
    public String buurten(Actor actor, @RequestParam(required = false) String wijk,
            @RequestParam(required = false) String naam,
            @RequestHeader(value = "HX-Request", required = false) String htmx, Model model) {
        List<DistrictSummary> all = districts.listDistricts(actor);
        NeighbourhoodQuery query;
        try {
            query = new NeighbourhoodQuery(wijk, naam);
        } catch (InvalidCommandException e) {
            query = NeighbourhoodQuery.all();
        }
        NeighbourhoodQuery filter = query;
        List<DistrictSummary> shown = all.stream()
                .filter(d -> filter.districtCode().map(c -> c.equals(d.district().code())).orElse(true))
                .map(d -> new DistrictSummary(d.district(),
                        d.neighbourhoods().stream().filter(filter::matches).toList(), d.inhabitants(),
                        d.buurtenWithoutCount()))
                .filter(d -> !d.neighbourhoods().isEmpty())
                .toList();
        model.addAttribute("alleWijken", all);
        model.addAttribute("wijken", shown);
        model.addAttribute("gekozenWijk", filter.district());
        model.addAttribute("zoekNaam", filter.nameContains());
        model.addAttribute("aantalGetoond", shown.stream().mapToInt(d -> d.neighbourhoods().size()).sum());
        return htmx != null ? "buurten :: tabel" : "buurten";
    }

    @GetMapping("/kaart")
    public String kaart(Actor actor, Model model) {
        model.addAttribute("wijken", districts.listDistricts(actor));
        return "kaart";
    }
}
