package nl.sleutelnet.bootstrap.audit;

import static nl.sleutelnet.bootstrap.audit.AuditRule.Caller.PERSONAL_LINK;
import static nl.sleutelnet.bootstrap.audit.AuditRule.Caller.SIGNING_IN;
import static nl.sleutelnet.bootstrap.audit.AuditRule.Caller.SYSTEM;
import static nl.sleutelnet.bootstrap.audit.AuditRule.Kind.CHANGE;
import static nl.sleutelnet.bootstrap.audit.AuditRule.Kind.PERSONAL_DATA_READ;
import static nl.sleutelnet.bootstrap.audit.AuditRule.Kind.READ;
import static nl.sleutelnet.bootstrap.audit.AuditRule.Kind.RECORDS_ITSELF;
import static nl.sleutelnet.domain.audit.AuditPurpose.ACCOUNTABILITY;
import static nl.sleutelnet.domain.audit.AuditPurpose.ACCOUNTS;
import static nl.sleutelnet.domain.audit.AuditPurpose.EVALUATION;
import static nl.sleutelnet.domain.audit.AuditPurpose.INTERVENTIONS;
import static nl.sleutelnet.domain.audit.AuditPurpose.NETWORK_CONTACT;
import static nl.sleutelnet.domain.audit.AuditPurpose.POLLS;
import static nl.sleutelnet.domain.audit.AuditPurpose.REFERENCE_DATA;
import static nl.sleutelnet.domain.audit.AuditPurpose.SIGNALS;

import com.google.common.collect.ImmutableMap;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import nl.sleutelnet.application.port.in.account.AuthenticateApiTokenUseCase;
import nl.sleutelnet.application.port.in.account.ChangeAccountUseCase;
import nl.sleutelnet.application.port.in.account.ChangeOwnPasswordUseCase;
import nl.sleutelnet.application.port.in.account.CreateAccountUseCase;
import nl.sleutelnet.application.port.in.account.EnsureInitialAdminUseCase;
import nl.sleutelnet.application.port.in.account.IssueApiTokenUseCase;
import nl.sleutelnet.application.port.in.account.ListAccountsUseCase;
import nl.sleutelnet.application.port.in.account.ListApiTokensUseCase;
import nl.sleutelnet.application.port.in.account.ListColleaguesUseCase;
import nl.sleutelnet.application.port.in.account.RevokeApiTokenUseCase;
import nl.sleutelnet.application.port.in.account.SetPasswordUseCase;
import nl.sleutelnet.application.port.in.account.ShowAccountUseCase;
import nl.sleutelnet.application.port.in.account.ResumeSessionUseCase;
import nl.sleutelnet.application.port.in.account.SignInUseCase;
import nl.sleutelnet.application.port.in.account.SignInWithIdentityProviderUseCase;
import nl.sleutelnet.application.port.in.audit.ExportAuditLogUseCase;
import nl.sleutelnet.application.port.in.audit.RecordDisclosureUseCase;
import nl.sleutelnet.application.port.in.audit.SearchAuditLogUseCase;
import nl.sleutelnet.application.port.in.privacy.ApplyRetentionUseCase;
import nl.sleutelnet.application.port.in.privacy.EraseKeyPersonCommand;
import nl.sleutelnet.application.port.in.privacy.EraseKeyPersonUseCase;
import nl.sleutelnet.application.port.in.privacy.ShowProcessingRegisterUseCase;
import nl.sleutelnet.application.port.in.privacy.ShowRetentionUseCase;
import nl.sleutelnet.application.port.in.evaluation.AddFundingLineUseCase;
import nl.sleutelnet.application.port.in.evaluation.RecordCostUseCase;
import nl.sleutelnet.application.port.in.evaluation.ShowEvaluationReportUseCase;
import nl.sleutelnet.application.port.in.evaluation.ShowProgrammeUseCase;
import nl.sleutelnet.application.port.in.geography.ListDistrictsUseCase;
import nl.sleutelnet.application.port.in.geography.ListNeighbourhoodsUseCase;
import nl.sleutelnet.application.port.in.geography.ShowDistrictUseCase;
import nl.sleutelnet.application.port.in.geography.ShowNeighbourhoodUseCase;
import nl.sleutelnet.application.port.in.network.AnalyseNetworkUseCase;
import nl.sleutelnet.application.port.in.network.ChangeKeyPersonStatusUseCase;
import nl.sleutelnet.application.port.in.network.ChangeKeyPersonUseCase;
import nl.sleutelnet.application.port.in.network.ChangePartnerUseCase;
import nl.sleutelnet.application.port.in.network.ChangeTieUseCase;
import nl.sleutelnet.application.port.in.network.ConnectMembersUseCase;
import nl.sleutelnet.application.port.in.network.ImportKeyPersonsUseCase;
import nl.sleutelnet.application.port.in.network.ListPartnersUseCase;
import nl.sleutelnet.application.port.in.network.ListTiesUseCase;
import nl.sleutelnet.application.port.in.network.RecordContactUseCase;
import nl.sleutelnet.application.port.in.network.RecordLegalBasisUseCase;
import nl.sleutelnet.application.port.in.network.RegisterKeyPersonUseCase;
import nl.sleutelnet.application.port.in.network.RegisterPartnerUseCase;
import nl.sleutelnet.application.port.in.network.RemoveTieUseCase;
import nl.sleutelnet.application.port.in.network.SearchKeyPersonsUseCase;
import nl.sleutelnet.application.port.in.network.ShowCoverageUseCase;
import nl.sleutelnet.application.port.in.network.ShowKeyPersonUseCase;
import nl.sleutelnet.application.port.in.network.ShowPartnerUseCase;
import nl.sleutelnet.application.port.in.network.WhatIfUseCase;
import nl.sleutelnet.application.port.in.simulation.WhatIfSimulationUseCase;
import nl.sleutelnet.application.port.in.network.WithdrawConsentUseCase;
import nl.sleutelnet.application.port.in.intervention.AddInterventionNoteUseCase;
import nl.sleutelnet.application.port.in.intervention.AddParticipantUseCase;
import nl.sleutelnet.application.port.in.intervention.AddTaskUseCase;
import nl.sleutelnet.application.port.in.intervention.AssessCapacityUseCase;
import nl.sleutelnet.application.port.in.intervention.ChangeInterventionScopeUseCase;
import nl.sleutelnet.application.port.in.intervention.ChangeInvolvementUseCase;
import nl.sleutelnet.application.port.in.intervention.ChangeParticipantUseCase;
import nl.sleutelnet.application.port.in.intervention.ChangeTaskUseCase;
import nl.sleutelnet.application.port.in.intervention.CloseInterventionUseCase;
import nl.sleutelnet.application.port.in.intervention.CompleteTaskUseCase;
import nl.sleutelnet.application.port.in.intervention.DescribeInterventionUseCase;
import nl.sleutelnet.application.port.in.intervention.HandOverInterventionUseCase;
import nl.sleutelnet.application.port.in.intervention.LinkSignalUseCase;
import nl.sleutelnet.application.port.in.intervention.PlanInterventionUseCase;
import nl.sleutelnet.application.port.in.intervention.RemoveDynamicUseCase;
import nl.sleutelnet.application.port.in.intervention.RemoveParticipantUseCase;
import nl.sleutelnet.application.port.in.intervention.ReopenTaskUseCase;
import nl.sleutelnet.application.port.in.intervention.SearchInterventionsUseCase;
import nl.sleutelnet.application.port.in.intervention.ShowInterventionUseCase;
import nl.sleutelnet.application.port.in.intervention.ShowNetworkInScopeUseCase;
import nl.sleutelnet.application.port.in.intervention.StartInterventionUseCase;
import nl.sleutelnet.application.port.in.intervention.TagDynamicUseCase;
import nl.sleutelnet.application.port.in.intervention.WithdrawUseCase;
import nl.sleutelnet.application.port.in.poll.AnswerPollUseCase;
import nl.sleutelnet.application.port.in.selfservice.CorrectOwnDetailsUseCase;
import nl.sleutelnet.application.port.in.selfservice.ExportKeyPersonDataUseCase;
import nl.sleutelnet.application.port.in.selfservice.HandleDataSubjectRequestUseCase;
import nl.sleutelnet.application.port.in.selfservice.LeaveNetworkUseCase;
import nl.sleutelnet.application.port.in.selfservice.ListDataSubjectRequestsUseCase;
import nl.sleutelnet.application.port.in.selfservice.OpenOwnPollUseCase;
import nl.sleutelnet.application.port.in.selfservice.OpenPersonalLinkUseCase;
import nl.sleutelnet.application.port.in.selfservice.OpenRequest;
import nl.sleutelnet.application.port.in.selfservice.RequestPersonalLinkUseCase;
import nl.sleutelnet.application.port.in.selfservice.SendPersonalLinkUseCase;
import nl.sleutelnet.application.port.in.selfservice.SubmitCorrectionRequestUseCase;
import nl.sleutelnet.application.port.in.selfservice.WithdrawOwnConsentUseCase;
import nl.sleutelnet.application.port.in.poll.ClosePollRoundUseCase;
import nl.sleutelnet.application.port.in.poll.ListPollRoundsUseCase;
import nl.sleutelnet.application.port.in.poll.OpenPollRoundUseCase;
import nl.sleutelnet.application.port.in.poll.PollHousekeepingUseCase;
import nl.sleutelnet.application.port.in.poll.PollRoundReport;
import nl.sleutelnet.application.port.in.poll.ResendPollInvitationUseCase;
import nl.sleutelnet.application.port.in.poll.ShowPollInvitationUseCase;
import nl.sleutelnet.application.port.in.poll.ShowPollRoundUseCase;
import nl.sleutelnet.application.port.in.signal.AddSightingUseCase;
import nl.sleutelnet.application.port.in.signal.HandleSignalUseCase;
import nl.sleutelnet.application.port.in.signal.OverdueCheck;
import nl.sleutelnet.application.port.in.signal.RemindOverdueSignalsUseCase;
import nl.sleutelnet.application.port.in.signal.ReportSignalUseCase;
import nl.sleutelnet.application.port.in.signal.SearchSignalsUseCase;
import nl.sleutelnet.application.port.in.signal.ShowSignalUseCase;
import nl.sleutelnet.application.port.in.signal.TrackSignalUseCase;
import nl.sleutelnet.application.port.in.temperature.AcknowledgeAlertUseCase;
import nl.sleutelnet.application.port.in.temperature.ExplainTemperatureUseCase;
import nl.sleutelnet.application.port.in.temperature.ListAlertsUseCase;
import nl.sleutelnet.application.port.in.temperature.ShowAlertUseCase;
import nl.sleutelnet.application.port.in.temperature.ShowTemperatureMapUseCase;
import nl.sleutelnet.application.port.in.temperature.ShowTemperatureSeriesUseCase;
import nl.sleutelnet.application.port.in.temperature.TemperatureCell;
import nl.sleutelnet.application.port.in.theme.AddThemeUseCase;
import nl.sleutelnet.application.port.in.theme.ChangeThemeUseCase;
import nl.sleutelnet.application.port.in.theme.ListThemesUseCase;
import nl.sleutelnet.domain.access.Actor;
import nl.sleutelnet.domain.audit.AuditPurpose;
import nl.sleutelnet.domain.network.KeyPerson;
import nl.sleutelnet.domain.network.MemberKind;
import nl.sleutelnet.domain.network.MemberRef;
import nl.sleutelnet.domain.network.Tie;
import nl.sleutelnet.domain.selfservice.DataSubjectRequest;
import nl.sleutelnet.domain.shared.Page;
import nl.sleutelnet.domain.signal.Reporter;
import nl.sleutelnet.domain.signal.ReporterKind;
import nl.sleutelnet.domain.signal.Signal;

/**
 * THE table of what the audit log records: for every use-case interface its processing purpose, whether a successful
 * call is recorded (changes and reads of personal data are; reads of reference data, figures and pick lists are not),
 * who calls when no actor is passed, and which object and data subjects an entry names. Refusals and failures of every
 * use case are recorded. A use case missing here cannot be wired ({@code AuditTableTest} names it), so a new one is
 * never forgotten.
 */
public final class AuditTable {

    private static final Map<Class<?>, AuditRule> RULES = ImmutableMap.<Class<?>, AuditRule>builder()
            // accounts and sign-in
            .put(AuthenticateApiTokenUseCase.class, rule(ACCOUNTS, READ, "ApiToken").calledBy(SIGNING_IN))
            .put(SignInUseCase.class, rule(ACCOUNTS, CHANGE, "Account").calledBy(SIGNING_IN))
            .put(EnsureInitialAdminUseCase.class, rule(ACCOUNTS, CHANGE, "Account").calledBy(SYSTEM))
            .put(SignInWithIdentityProviderUseCase.class, rule(ACCOUNTS, CHANGE, "Account").calledBy(SIGNING_IN))
            // every request of a session re-checks its account: a success is not worth an entry, a refusal is
            .put(ResumeSessionUseCase.class, rule(ACCOUNTS, READ, "Account"))
            .put(CreateAccountUseCase.class, rule(ACCOUNTS, CHANGE, "Account"))
            .put(ChangeAccountUseCase.class, rule(ACCOUNTS, CHANGE, "Account"))
            .put(SetPasswordUseCase.class, rule(ACCOUNTS, CHANGE, "Account"))
            .put(ChangeOwnPasswordUseCase.class, rule(ACCOUNTS, CHANGE, "Account")
                    .withObjectId((args, result) -> Optional.of(((Actor) args[0]).accountId().value().toString())))
            .put(ListAccountsUseCase.class, rule(ACCOUNTS, PERSONAL_DATA_READ, "Account"))
            .put(ShowAccountUseCase.class, rule(ACCOUNTS, PERSONAL_DATA_READ, "Account"))
            .put(ListColleaguesUseCase.class, rule(ACCOUNTS, READ, "Account"))
            .put(IssueApiTokenUseCase.class, rule(ACCOUNTS, CHANGE, "ApiToken"))
            .put(ListApiTokensUseCase.class, rule(ACCOUNTS, READ, "ApiToken"))
            .put(RevokeApiTokenUseCase.class, rule(ACCOUNTS, CHANGE, "ApiToken"))
            // reference data
            .put(ListDistrictsUseCase.class, rule(REFERENCE_DATA, READ, null))
            .put(ShowDistrictUseCase.class, rule(REFERENCE_DATA, READ, "District"))
            .put(ListNeighbourhoodsUseCase.class, rule(REFERENCE_DATA, READ, null))
            .put(ShowNeighbourhoodUseCase.class, rule(REFERENCE_DATA, READ, "Neighbourhood"))
            .put(ListThemesUseCase.class, rule(REFERENCE_DATA, READ, null))
            .put(AddThemeUseCase.class, rule(REFERENCE_DATA, CHANGE, "Theme"))
            .put(ChangeThemeUseCase.class, rule(REFERENCE_DATA, CHANGE, "Theme"))
            // the network
            .put(RegisterKeyPersonUseCase.class, rule(NETWORK_CONTACT, CHANGE, "KeyPerson"))
            .put(ChangeKeyPersonUseCase.class, rule(NETWORK_CONTACT, CHANGE, "KeyPerson"))
            .put(ChangeKeyPersonStatusUseCase.class, rule(NETWORK_CONTACT, CHANGE, "KeyPerson"))
            .put(RecordContactUseCase.class, rule(NETWORK_CONTACT, CHANGE, "KeyPerson"))
            .put(RecordLegalBasisUseCase.class, rule(NETWORK_CONTACT, CHANGE, "KeyPerson"))
            .put(WithdrawConsentUseCase.class, rule(NETWORK_CONTACT, CHANGE, "KeyPerson"))
            .put(ImportKeyPersonsUseCase.class, rule(NETWORK_CONTACT, CHANGE, "KeyPersonImport"))
            .put(ShowKeyPersonUseCase.class, rule(NETWORK_CONTACT, PERSONAL_DATA_READ, "KeyPerson"))
            .put(SearchKeyPersonsUseCase.class, rule(NETWORK_CONTACT, PERSONAL_DATA_READ, "KeyPerson"))
            .put(RegisterPartnerUseCase.class, rule(NETWORK_CONTACT, CHANGE, "Partner"))
            .put(ChangePartnerUseCase.class, rule(NETWORK_CONTACT, CHANGE, "Partner"))
            .put(ShowPartnerUseCase.class, rule(NETWORK_CONTACT, PERSONAL_DATA_READ, "Partner"))
            .put(ListPartnersUseCase.class, rule(NETWORK_CONTACT, PERSONAL_DATA_READ, "Partner"))
            .put(ConnectMembersUseCase.class, rule(NETWORK_CONTACT, CHANGE, "Tie"))
            .put(ChangeTieUseCase.class, rule(NETWORK_CONTACT, CHANGE, "Tie"))
            .put(RemoveTieUseCase.class, rule(NETWORK_CONTACT, CHANGE, "Tie"))
            .put(ListTiesUseCase.class, rule(NETWORK_CONTACT, PERSONAL_DATA_READ, "Tie"))
            .put(ShowCoverageUseCase.class, rule(NETWORK_CONTACT, READ, null))
            .put(AnalyseNetworkUseCase.class, rule(NETWORK_CONTACT, PERSONAL_DATA_READ, "Network"))
            .put(WhatIfUseCase.class, rule(NETWORK_CONTACT, PERSONAL_DATA_READ, "Network"))
            // coverage counts in (no names), aggregates of a synthetic city out; nothing stored
            .put(WhatIfSimulationUseCase.class, rule(NETWORK_CONTACT, READ, "SimulationJob"))
            // signals and the temperature derived from them
            .put(ReportSignalUseCase.class, rule(SIGNALS, CHANGE, "Signal"))
            .put(AddSightingUseCase.class, rule(SIGNALS, CHANGE, "Signal"))
            .put(HandleSignalUseCase.class, rule(SIGNALS, CHANGE, "Signal"))
            .put(ShowSignalUseCase.class, rule(SIGNALS, PERSONAL_DATA_READ, "Signal"))
            .put(SearchSignalsUseCase.class, rule(SIGNALS, PERSONAL_DATA_READ, "Signal"))
            .put(TrackSignalUseCase.class, rule(SIGNALS, PERSONAL_DATA_READ, "Signal").calledBy(PERSONAL_LINK))
            .put(OverdueCheck.class, rule(SIGNALS, READ, "Signal"))
            // reads the handlers' addresses; a count and a link go to each, no signal's content
            .put(RemindOverdueSignalsUseCase.class, rule(SIGNALS, PERSONAL_DATA_READ, null).calledBy(SYSTEM))
            .put(ExplainTemperatureUseCase.class, rule(SIGNALS, PERSONAL_DATA_READ, "TemperatureCell")
                    .withObjectId((args, result) -> Optional.of(((TemperatureCell) args[1]).neighbourhoodCode() + ":"
                            + ((TemperatureCell) args[1]).theme())))
            .put(ShowTemperatureMapUseCase.class, rule(SIGNALS, READ, null))
            .put(ShowTemperatureSeriesUseCase.class, rule(SIGNALS, READ, null))
            .put(ListAlertsUseCase.class, rule(SIGNALS, READ, "Alert"))
            .put(ShowAlertUseCase.class, rule(SIGNALS, READ, "Alert"))
            .put(AcknowledgeAlertUseCase.class, rule(SIGNALS, CHANGE, "Alert"))
            // polls
            .put(OpenPollRoundUseCase.class, rule(POLLS, CHANGE, "PollRound"))
            .put(ClosePollRoundUseCase.class, rule(POLLS, CHANGE, "PollRound"))
            .put(ResendPollInvitationUseCase.class, rule(POLLS, CHANGE, "PollRound")
                    .withSubjects((args, result) -> List.of(args[2].toString())))
            .put(ListPollRoundsUseCase.class, rule(POLLS, READ, null))
            .put(ShowPollRoundUseCase.class, rule(POLLS, PERSONAL_DATA_READ, "PollRound"))
            .put(PollHousekeepingUseCase.class, rule(POLLS, CHANGE, null).calledBy(SYSTEM))
            .put(ShowPollInvitationUseCase.class, rule(POLLS, PERSONAL_DATA_READ, "PollInvitation")
                    .calledBy(PERSONAL_LINK))
            .put(AnswerPollUseCase.class, rule(POLLS, CHANGE, "PollAnswer").calledBy(PERSONAL_LINK))
            // interventions
            .put(PlanInterventionUseCase.class, rule(INTERVENTIONS, CHANGE, "Intervention"))
            .put(DescribeInterventionUseCase.class, rule(INTERVENTIONS, CHANGE, "Intervention"))
            .put(ChangeInterventionScopeUseCase.class, rule(INTERVENTIONS, CHANGE, "Intervention"))
            .put(HandOverInterventionUseCase.class, rule(INTERVENTIONS, CHANGE, "Intervention"))
            .put(LinkSignalUseCase.class, rule(INTERVENTIONS, CHANGE, "Intervention"))
            .put(AddParticipantUseCase.class, rule(INTERVENTIONS, CHANGE, "Intervention"))
            .put(ChangeParticipantUseCase.class, rule(INTERVENTIONS, CHANGE, "Intervention"))
            .put(RemoveParticipantUseCase.class, rule(INTERVENTIONS, CHANGE, "Intervention"))
            .put(AddTaskUseCase.class, rule(INTERVENTIONS, CHANGE, "Intervention"))
            .put(ChangeTaskUseCase.class, rule(INTERVENTIONS, CHANGE, "Intervention"))
            .put(CompleteTaskUseCase.class, rule(INTERVENTIONS, CHANGE, "Intervention"))
            .put(ReopenTaskUseCase.class, rule(INTERVENTIONS, CHANGE, "Intervention"))
            .put(AssessCapacityUseCase.class, rule(INTERVENTIONS, CHANGE, "Intervention"))
            .put(TagDynamicUseCase.class, rule(INTERVENTIONS, CHANGE, "Intervention"))
            .put(RemoveDynamicUseCase.class, rule(INTERVENTIONS, CHANGE, "Intervention"))
            .put(AddInterventionNoteUseCase.class, rule(INTERVENTIONS, CHANGE, "Intervention"))
            .put(StartInterventionUseCase.class, rule(INTERVENTIONS, CHANGE, "Intervention"))
            .put(ChangeInvolvementUseCase.class, rule(INTERVENTIONS, CHANGE, "Intervention"))
            .put(WithdrawUseCase.class, rule(INTERVENTIONS, CHANGE, "Intervention"))
            .put(CloseInterventionUseCase.class, rule(INTERVENTIONS, CHANGE, "Intervention"))
            // the page names participants (key persons); the board names only staff
            .put(ShowInterventionUseCase.class, rule(INTERVENTIONS, PERSONAL_DATA_READ, "Intervention"))
            .put(SearchInterventionsUseCase.class, rule(INTERVENTIONS, READ, null))
            .put(ShowNetworkInScopeUseCase.class, rule(INTERVENTIONS, PERSONAL_DATA_READ, "Intervention"))
            // the data subject's rights and the key person's self-service ("Mijn Sleutelnet"); the key person acting
            // through their link is recorded as the personal link, and named as the data subject
            .put(ExportKeyPersonDataUseCase.class, rule(NETWORK_CONTACT, PERSONAL_DATA_READ, "KeyPerson")
                    .withSubjects((args, result) -> List.of(args[1].toString())))
            .put(SendPersonalLinkUseCase.class, rule(NETWORK_CONTACT, CHANGE, "KeyPerson")
                    .withSubjects((args, result) -> List.of(args[1].toString())))
            // the e-mail address given is never recorded (nor whether it belongs to anyone)
            .put(RequestPersonalLinkUseCase.class, rule(NETWORK_CONTACT, CHANGE, "PersonalLink")
                    .calledBy(PERSONAL_LINK))
            // every self-service request opens its link: a success is not worth an entry, a refusal is
            .put(OpenPersonalLinkUseCase.class, rule(NETWORK_CONTACT, READ, "PersonalLink").calledBy(PERSONAL_LINK))
            .put(CorrectOwnDetailsUseCase.class, rule(NETWORK_CONTACT, CHANGE, "KeyPerson"))
            .put(SubmitCorrectionRequestUseCase.class, rule(NETWORK_CONTACT, CHANGE, "DataSubjectRequest")
                    .withSubjects((args, result) -> List.of(args[1].toString())))
            .put(WithdrawOwnConsentUseCase.class, rule(NETWORK_CONTACT, CHANGE, "KeyPerson"))
            .put(LeaveNetworkUseCase.class, rule(NETWORK_CONTACT, CHANGE, "KeyPerson"))
            .put(ListDataSubjectRequestsUseCase.class, rule(NETWORK_CONTACT, PERSONAL_DATA_READ, "DataSubjectRequest")
                    .withSubjects((args, result) -> result instanceof List<?> list ? list.stream()
                            .map(r -> ((OpenRequest) r).request().keyPerson().value().toString()).distinct().toList()
                            : List.of()))
            .put(HandleDataSubjectRequestUseCase.class, rule(NETWORK_CONTACT, CHANGE, "DataSubjectRequest")
                    .withSubjects((args, result) -> result instanceof DataSubjectRequest r
                            ? List.of(r.keyPerson().value().toString()) : List.of()))
            .put(OpenOwnPollUseCase.class, rule(POLLS, CHANGE, "PollRound")
                    .withObjectId((args, result) -> Optional.of(args[2].toString()))
                    .withSubjects((args, result) -> List.of(args[1].toString())))
            // evaluation: figures and money, no persons; the report is recorded because the coordinator's view
            // without suppression shows small numbers
            .put(ShowEvaluationReportUseCase.class, rule(EVALUATION, PERSONAL_DATA_READ, "EvaluationReport")
                    .withObjectId((args, result) -> Optional.empty()))
            .put(ShowProgrammeUseCase.class, rule(EVALUATION, READ, "Programme"))
            .put(RecordCostUseCase.class, rule(EVALUATION, CHANGE, "Programme"))
            .put(AddFundingLineUseCase.class, rule(EVALUATION, CHANGE, "Programme"))
            // accountability
            .put(SearchAuditLogUseCase.class, rule(ACCOUNTABILITY, PERSONAL_DATA_READ, "AuditLog"))
            .put(ExportAuditLogUseCase.class, rule(ACCOUNTABILITY, PERSONAL_DATA_READ, "AuditLog"))
            .put(RecordDisclosureUseCase.class, rule(ACCOUNTABILITY, RECORDS_ITSELF, "Disclosure"))
            // forgetting: the erasure names the erased key person by id only (the record it leaves names nobody)
            .put(EraseKeyPersonUseCase.class, rule(ACCOUNTABILITY, CHANGE, "KeyPerson")
                    .withSubjects((args, result) -> List.of(((EraseKeyPersonCommand) args[1]).id().toString())))
            .put(ApplyRetentionUseCase.class, rule(ACCOUNTABILITY, CHANGE, "DeletionRecord"))
            .put(ShowRetentionUseCase.class, rule(ACCOUNTABILITY, PERSONAL_DATA_READ, null))
            .put(ShowProcessingRegisterUseCase.class, rule(ACCOUNTABILITY, READ, null))
            .build();

    /** Accessors that hold an object's id, tried in this order on results and on command arguments. */
    private static final List<String> ID_ACCESSORS = List.of("id", "code", "keyPersonId", "signalId", "roundId",
            "accountId", "alertId", "tieId", "partnerId", "interventionId");
    /**
     * Accessors of a result that wraps the object: an alert summary, an issued token, a poll round report, an
     * intervention's page.
     */
    private static final List<String> WRAPPED = List.of("alert", "token", "round", "intervention");

    private AuditTable() {
    }

    /** @throws IllegalArgumentException naming the use case when it has no rule */
    public static AuditRule rule(Class<?> useCase) {
        AuditRule rule = RULES.get(useCase);
        if (rule == null) {
            throw new IllegalArgumentException(useCase.getName() + " has no row in AuditTable: add its purpose and "
                    + "whether its calls are recorded");
        }
        return rule;
    }

    /** The use cases the table knows. */
    public static java.util.Set<Class<?>> useCases() {
        return RULES.keySet();
    }

    private static AuditRule rule(AuditPurpose purpose, AuditRule.Kind kind, String objectType) {
        return new AuditRule(purpose, kind, AuditRule.Caller.ACTOR, Optional.ofNullable(objectType),
                objectType == null ? (args, result) -> Optional.empty() : AuditTable::objectId, AuditTable::subjects);
    }

    /** The result's id when there is a result with one; else the first id among the arguments. */
    static Optional<String> objectId(Object[] args, Object result) {
        Optional<String> fromResult = idOf(unwrapped(result));
        if (fromResult.isPresent()) {
            return fromResult;
        }
        for (int i = 0; args != null && i < args.length; i++) {
            Optional<String> id = idOf(args[i]);
            if (id.isPresent()) {
                return id;
            }
        }
        return Optional.empty();
    }

    private static Object unwrapped(Object result) {
        if (result instanceof Optional<?> optional) {
            return optional.orElse(null);
        }
        if (result instanceof Record) {
            for (String name : WRAPPED) {
                Object inner = accessor(result, name);
                if (inner != null) {
                    return inner;
                }
            }
        }
        return result;
    }

    /**
     * An id: a UUID, a typed id (a record with one component), or what an id accessor of the object returns. Text
     * arguments are never taken: those are personal-link tokens and tracking codes, which must not be logged.
     */
    private static Optional<String> idOf(Object value) {
        if (value == null || value instanceof Actor || value instanceof String || value instanceof Collection<?>
                || value instanceof Page<?>) {
            return Optional.empty();
        }
        if (value instanceof UUID uuid) {
            return Optional.of(uuid.toString());
        }
        for (String name : ID_ACCESSORS) {
            Object id = accessor(value, name);
            if (id != null) {
                Optional<String> text = idValue(id);
                if (text.isPresent()) {
                    return text;
                }
            }
        }
        return Optional.empty();
    }

    private static Optional<String> idValue(Object id) {
        if (id instanceof UUID || id instanceof String) {
            return Optional.of(id.toString());
        }
        if (id instanceof Record record && record.getClass().getRecordComponents().length == 1) {
            RecordComponent only = record.getClass().getRecordComponents()[0];
            try {
                Object value = only.getAccessor().invoke(record);
                return value instanceof UUID || value instanceof String ? Optional.of(value.toString())
                        : Optional.empty();
            } catch (ReflectiveOperationException e) {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    private static Object accessor(Object target, String name) {
        try {
            Method method = target.getClass().getMethod(name);
            return method.getParameterCount() == 0 && method.getReturnType() != void.class ? method.invoke(target)
                    : null;
        } catch (NoSuchMethodException e) {
            return null;
        } catch (ReflectiveOperationException | RuntimeException e) {
            return null;
        }
    }

    /** The key persons a result shows or a change touched, as far as the result tells. */
    static List<String> subjects(Object[] args, Object result) {
        List<String> ids = new ArrayList<>();
        collect(result, ids);
        return ids.stream().distinct().toList();
    }

    private static void collect(Object value, List<String> ids) {
        if (value instanceof Optional<?> optional) {
            optional.ifPresent(v -> collect(v, ids));
        } else if (value instanceof Page<?> page) {
            page.items().forEach(item -> collect(item, ids));
        } else if (value instanceof Collection<?> items) {
            items.forEach(item -> collect(item, ids));
        } else if (value instanceof KeyPerson person) {
            ids.add(person.id().value().toString());
        } else if (value instanceof Signal signal) {
            reporter(signal.content().reporter(), ids);
            signal.sightings().forEach(s -> reporter(s.reporter(), ids));
        } else if (value instanceof Tie tie) {
            member(tie.a(), ids);
            member(tie.b(), ids);
        } else if (value instanceof PollRoundReport report) {
            report.invitations().forEach(line -> ids.add(line.keyPerson().toString()));
            report.notInvited().forEach(line -> ids.add(line.keyPerson().toString()));
        }
    }

    private static void reporter(Reporter reporter, List<String> ids) {
        if (reporter.kind() == ReporterKind.KEY_PERSON && reporter.id() != null) {
            ids.add(reporter.id().toString());
        }
    }

    private static void member(MemberRef member, List<String> ids) {
        if (member.kind() == MemberKind.KEY_PERSON) {
            ids.add(member.id().toString());
        }
    }
}
