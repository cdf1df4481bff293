package nl.sleutelnet.adapters.web.ui;

import java.util.Collection;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/** Small texts for the intervention pages: codes (buurten, themes) as their names, in the scope's order. */
@Component("interventieTeksten")
public class InterventieTeksten {

    /** The names of codes such as {@code BU09350207} or {@code wij-zij}, joined; an unknown code as it is. */
    public String namen(Collection<?> codes, Map<String, String> names) {
        return codes.stream().map(String::valueOf).map(c -> names == null ? c : names.getOrDefault(c, c))
                .collect(Collectors.joining(", "));
    }
}
