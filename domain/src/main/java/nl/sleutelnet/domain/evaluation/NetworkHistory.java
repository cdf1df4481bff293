package nl.sleutelnet.domain.evaluation;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import nl.sleutelnet.domain.network.KeyPerson;
import nl.sleutelnet.domain.network.KeyPersonStatus;
import nl.sleutelnet.domain.network.Partner;
import nl.sleutelnet.domain.network.StatusChange;
import nl.sleutelnet.domain.network.Tie;
import nl.sleutelnet.domain.network.analysis.AnalysisSettings;
import nl.sleutelnet.domain.network.analysis.NetworkAnalysis;
import nl.sleutelnet.domain.network.analysis.NetworkMember;
import nl.sleutelnet.domain.network.analysis.NetworkSnapshot;
import nl.sleutelnet.domain.network.analysis.NetworkTie;

/**
 * The network as it stood at the end of an earlier day, rebuilt from what is stored now, for the analysis of
 * {@link NetworkAnalysis}. What history is kept decides what can be rebuilt:
 * <ul>
 * <li>a key person counts when their status history says ACTIVE at that moment; their buurten and themes are the
 * current ones (a profile keeps no history);</li>
 * <li>a partner counts when active now (partners keep no history);</li>
 * <li>a tie counts from its {@code since} date; its last contact is the stored one when that lies on or before the
 * day, and the day itself when the stored contact is later (the tie was evidently alive then).</li>
 * </ul>
 */
public final class NetworkHistory {

    private final List<KeyPerson> keyPersons;
    private final List<Partner> partners;
    private final List<Tie> ties;
    private final AnalysisSettings settings;
    private final ZoneId zone;

    public NetworkHistory(List<KeyPerson> keyPersons, List<Partner> partners, List<Tie> ties,
            AnalysisSettings settings, ZoneId zone) {
        this.keyPersons = ImmutableList.copyOf(keyPersons);
        this.partners = ImmutableList.copyOf(partners);
        this.ties = ImmutableList.copyOf(ties);
        this.settings = checkNotNull(settings, "settings");
        this.zone = checkNotNull(zone, "zone");
    }

    public List<KeyPerson> keyPersons() {
        return keyPersons;
    }

    public List<Partner> partners() {
        return partners;
    }

    /** The network at the end of {@code day}. */
    public NetworkSnapshot snapshotAt(LocalDate day) {
        Instant endOfDay = day.plusDays(1).atStartOfDay(zone).toInstant();
        List<NetworkMember> members = new ArrayList<>();
        for (KeyPerson k : keyPersons) {
            boolean existed = !k.history().isEmpty() && k.history().get(0).at().isBefore(endOfDay);
            if (existed) {
                members.add(new NetworkMember(k.asMember(), k.displayName(),
                        statusBefore(k.history(), endOfDay) == KeyPersonStatus.ACTIVE, k.profile().neighbourhoods(),
                        k.profile().themes()));
            }
        }
        for (Partner p : partners) {
            members.add(new NetworkMember(p.asMember(), p.name(), p.active(), p.neighbourhoods(), java.util.Set.of()));
        }
        List<NetworkTie> counted = new ArrayList<>();
        for (Tie t : ties) {
            if (t.since() != null && t.since().isAfter(day)) {
                continue;
            }
            LocalDate contact = t.lastContact().map(c -> c.isAfter(day) ? day : c).orElse(null);
            counted.add(new NetworkTie(t.a(), t.b(), t.strength(), contact));
        }
        return new NetworkSnapshot(members, counted, day);
    }

    public NetworkAnalysis analysisAt(LocalDate day) {
        return NetworkAnalysis.of(snapshotAt(day), settings);
    }

    /** The status after every change strictly before {@code instant}; null before the first. */
    static KeyPersonStatus statusBefore(List<StatusChange> history, Instant instant) {
        KeyPersonStatus status = null;
        for (StatusChange change : history) {
            if (!change.at().isBefore(instant)) {
                break;
            }
            status = change.to();
        }
        return status;
    }
}
