package nl.sleutelnet.application.port.in.intervention;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import nl.sleutelnet.domain.intervention.ExitCriteria;
import nl.sleutelnet.domain.intervention.Intervention;
import nl.sleutelnet.domain.intervention.ScopeSeries;
import nl.sleutelnet.domain.intervention.Task;
import nl.sleutelnet.domain.intervention.WithdrawalDecision;
import nl.sleutelnet.domain.network.MemberRef;

/**
 * One intervention as its page shows it: the aggregate itself (timeline, tasks, participants, capacity, dynamics,
 * ladder, evaluation), and what the service computed for today.
 *
 * @param today        the municipality's calendar day now
 * @param overdueTasks open tasks due before today (none once closed)
 * @param temperatures the scope's temperature day by day, for the chart: from {@link #CHART_DAYS_BEFORE} days before
 *                     the start (before planning while planned) up to today, or up to the day it closed; at least the
 *                     exit period when it runs
 * @param withdrawal   "may the municipality step back now, and why (not)": only while ACTIVE and not withdrawn;
 *                     null otherwise
 * @param accountNames display names of the accounts the page names: owner, assignees, whoever is on the timeline
 * @param memberNames  names of the key persons and partners the page names: participants and those present in the
 *                     capacity assessment (a member no longer in the network is missing)
 */
public record InterventionDetails(Intervention intervention, LocalDate today, List<Task> overdueTasks,
        ScopeSeries temperatures, WithdrawalDecision withdrawal, Map<UUID, String> accountNames,
        Map<MemberRef, String> memberNames) {

    /** How many days before the start (or the planning) the chart begins. */
    public static final int CHART_DAYS_BEFORE = 14;

    public InterventionDetails {
        overdueTasks = List.copyOf(overdueTasks);
        accountNames = Map.copyOf(accountNames);
        memberNames = Map.copyOf(memberNames);
    }

    public Optional<WithdrawalDecision> withdrawalDecision() {
        return Optional.ofNullable(withdrawal);
    }

    /** The exit criteria whose level the chart draws, once started. */
    public Optional<ExitCriteria> exitCriteria() {
        return intervention.exitCriteria();
    }
}
