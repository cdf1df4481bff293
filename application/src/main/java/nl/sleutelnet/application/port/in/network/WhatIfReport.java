package nl.sleutelnet.application.port.in.network;

import com.google.common.collect.ImmutableMap;
import java.util.Map;
import nl.sleutelnet.domain.network.MemberRef;
import nl.sleutelnet.domain.network.analysis.WhatIfComparison;

/** The network before and after a what-if, with names for the members in it. */
public record WhatIfReport(WhatIfComparison comparison, Map<MemberRef, String> names) {

    public WhatIfReport {
        names = ImmutableMap.copyOf(names);
    }

    public String name(MemberRef member) {
        return names.getOrDefault(member, member.toString());
    }
}
