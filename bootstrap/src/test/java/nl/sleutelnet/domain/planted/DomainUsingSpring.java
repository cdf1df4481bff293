package nl.sleutelnet.domain.planted;

import org.springframework.util.StringUtils;

/** Planted violation: a domain class that uses Spring. */
public class DomainUsingSpring {

    public boolean blank(String text) {
        return !StringUtils.hasText(text);
    }
}
