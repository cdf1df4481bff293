package nl.sleutelnet.adapters.web.ui;

import com.google.common.collect.ImmutableList;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.sleutelnet.domain.evaluation.Comparison;
import nl.sleutelnet.domain.evaluation.Count;
import nl.sleutelnet.domain.evaluation.EvaluationReport;
import nl.sleutelnet.domain.evaluation.LevelDays;
import nl.sleutelnet.domain.evaluation.NetworkFigures;
import nl.sleutelnet.domain.evaluation.Pointer;
import nl.sleutelnet.domain.evaluation.Share;
import nl.sleutelnet.domain.evaluation.SignalFigures;
import nl.sleutelnet.domain.evaluation.Spread;
import nl.sleutelnet.domain.evaluation.TemperatureFigures;
import nl.sleutelnet.domain.programme.Money;
import nl.sleutelnet.domain.temperature.Level;
import org.springframework.context.MessageSource;

/**
 * The period report as labelled lines, grouped in sections: the one list behind the tables of the page, the CSV file
 * and the PDF, so all three show the same figures in the same words. The figures come computed (and suppressed) from
 * the core; this class only puts them into words and Dutch number formats.
 */
public final class EvaluatieRegels {

    /** One figure: its section, what it is, and its value as shown. */
    public record Regel(String onderdeel, String cijfer, String waarde) {
    }

    /** A section with its lines, for a table. */
    public record Onderdeel(String sleutel, String titel, List<Regel> regels) {
    }

    private final MessageSource messages;
    private final Locale locale;
    private final Map<String, String> names;
    private final List<Onderdeel> onderdelen = new ArrayList<>();
    private String current;
    private List<Regel> regels;

    private EvaluatieRegels(MessageSource messages, Locale locale, Map<String, String> names) {
        this.messages = messages;
        this.locale = locale;
        this.names = names;
    }

    /**
     * @param names display names of buurten, wijken and themes by code
     */
    public static List<Onderdeel> of(EvaluationReport report, Map<String, String> names, MessageSource messages,
            Locale locale) {
        EvaluatieRegels r = new EvaluatieRegels(messages, locale, names);
        r.build(report);
        return ImmutableList.copyOf(r.onderdelen);
    }

    /** Every line of every section, for the CSV file. */
    public static List<Regel> flat(List<Onderdeel> onderdelen) {
        return onderdelen.stream().flatMap(o -> o.regels().stream()).toList();
    }

    private void build(EvaluationReport report) {
        DateTimeFormatter day = DateTimeFormatter.ofPattern("d-M-yyyy");
        section("periode");
        line("periode.periode", day.format(report.period().from()) + " – " + day.format(report.period().to()));
        line("periode.vorige", day.format(report.previousPeriod().from()) + " – "
                + day.format(report.previousPeriod().to()));
        line("periode.gebied", report.area().isCity() ? text("evaluatie.stad") : report.area().name());
        line("periode.berekend", new UiModel.Formats().datumTijd(report.computedAt()));
        line("periode.klein", report.suppressed() ? text("evaluatie.klein.verborgen", report.minimumGroup())
                : text("evaluatie.klein.alle"));

        NetworkFigures n = report.network();
        section("netwerk");
        line("netwerk.actiefBegin", n.activeAtStart());
        line("netwerk.actiefEind", n.activeAtEnd());
        line("netwerk.nieuw", n.joined());
        line("netwerk.terug", n.returned());
        line("netwerk.gepauzeerd", n.paused());
        line("netwerk.vertrokken", n.departed());
        line("netwerk.verloop", n.turnoverRate() == null ? "–" : decimal(n.turnoverRate(), 2));
        line("netwerk.verouderd", n.staleAtEnd(), n.staleAfterDays());
        line("netwerk.dekkingBegin", coverage(n.coverageAtStart()), day.format(n.coverageAtStart().asOf()));
        line("netwerk.dekkingEind", coverage(n.coverageAtEnd()), day.format(n.coverageAtEnd().asOf()));
        line("netwerk.witteVlekken", Integer.toString(n.coverageAtEnd().whiteSpots()));
        line("netwerk.makelaars", n.brokers());
        line("netwerk.kwetsbaar", n.cutVertices());
        for (NetworkFigures.BuurtCount b : n.buurtCoverage()) {
            line("netwerk.perBuurt", b.keyPersons().shown() + " / " + b.whiteSpots(), name(b.buurt().value()));
        }

        SignalFigures s = report.signals();
        section("signalen");
        line("signalen.ontvangen", s.received());
        s.byTheme().forEach(b -> line("signalen.perThema", b.count().shown(), name(b.key())));
        s.byBuurt().forEach(b -> line("signalen.perBuurt", b.count().shown(), name(b.key())));
        s.byIntensity().forEach(b -> line("signalen.perIntensiteit", b.count().shown(), b.key()));
        line("signalen.waarnemingen", s.sightings());
        line("signalen.bevestigd", s.confirmed());
        spread("signalen.duiding", s.toAssessment(), 1);
        spread("signalen.handelen", s.toAction(), 1);
        share("signalen.teLaat", s.overdue());
        share("signalen.geenActie", s.noAction());

        TemperatureFigures t = report.temperature();
        section("temperatuur");
        line("temperatuur.dagen", day.format(t.firstDay()) + " – " + day.format(t.lastDay()));
        levels("temperatuur.stad", t.area(), text("evaluatie.gebied"));
        for (TemperatureFigures.DistrictLine w : t.districts()) {
            levels("temperatuur.wijk", w.days(), name(w.district().value()));
        }
        for (TemperatureFigures.Cell c : t.cells()) {
            if (c.days().aboveCalm() > 0) {
                line("temperatuur.cel", text("evaluatie.temperatuur.celWaarde", c.days().aboveCalm(),
                        text("niveau." + c.highest().name()), text("trend." + c.trend().name())),
                        name(c.district().value()), name(c.theme().value()));
            }
        }

        var i = report.interventions();
        section("interventies");
        line("interventies.gepland", i.planned());
        line("interventies.gestart", i.started());
        line("interventies.afgesloten", i.closed());
        line("interventies.lopend", i.activeAtEnd());
        i.byType().forEach(b -> line("interventies.perType", b.count().shown(), text("int.soort." + b.key())));
        i.byOutcome().forEach(b -> line("interventies.perUitkomst", b.count().shown(),
                text("int.uitkomst." + b.key())));
        Spread d = i.duration();
        line("interventies.duur", d.cases().shown() + " · " + text("evaluatie.mediaan") + " "
                + days(d.medianHours()) + " · " + text("evaluatie.p90") + " " + days(d.p90Hours()));
        line("interventies.op", i.stepsUp());
        line("interventies.af", i.stepsDown());
        line("interventies.terugtrekkingen", i.withdrawals());
        line("interventies.exitcriteria", i.criteriaMet());
        line("interventies.verantwoord", i.justified());

        var p = report.programme();
        section("programma");
        line("programma.naam", p.name());
        line("programma.budget", euro(p.budget()));
        line("programma.besteed", euro(p.spent()));
        line("programma.over", euro(p.remainingCents()));
        line("programma.interventies", euro(p.toInterventions()));
        p.years().forEach(y -> line("programma.jaar", euro(y.budget()) + " / " + euro(y.spent()),
                Integer.toString(y.year())));
        p.fundingLines().forEach(l -> line("programma.lijn", euro(l.perYear()), l.source(), l.purpose(),
                l.fromYear(), l.toYear()));
        report.costs().forEach(c -> line("programma.kosten", euro(c.amount()), day.format(c.from()),
                day.format(c.to()), c.description()));

        section("vergelijking");
        for (Comparison c : report.comparisons()) {
            String change = c.change() == null ? "–" : (c.change() > 0 ? "+" : "") + decimal(c.change(), 1);
            line("vergelijking." + c.key(), text("evaluatie.vergelijking.waarde", c.current(), c.previous(),
                    change));
        }

        section("wijzers");
        if (report.pointers().isEmpty()) {
            line("wijzers.geen", "–");
        }
        for (Pointer pointer : report.pointers()) {
            line("wijzers." + pointer.kind().name(), text("evaluatie.wijzer." + pointer.kind().name(),
                    pointer.arguments().toArray()));
        }
    }

    private String coverage(NetworkFigures.CoverageFigures c) {
        return c.coveredShare() == null ? "–" : text("evaluatie.dekking", c.cells() - c.whiteSpots(), c.cells(),
                percent(c.coveredShare()));
    }

    private void spread(String key, Spread s, int decimals) {
        line(key, s.cases().shown() + " · " + text("evaluatie.mediaan") + " " + hours(s.medianHours()) + " · "
                + text("evaluatie.p90") + " " + hours(s.p90Hours()));
    }

    private void share(String key, Share s) {
        line(key, s.part().shown() + " / " + s.whole().shown() + " (" + (s.fraction() == null ? "–"
                : percent(s.fraction())) + ")");
    }

    private void levels(String key, LevelDays days, Object where) {
        StringBuilder value = new StringBuilder();
        for (Level level : Level.values()) {
            if (value.length() > 0) {
                value.append(" · ");
            }
            value.append(text("niveau." + level.name())).append(' ').append(days.at(level));
        }
        line(key, value.toString(), where);
    }

    private void section(String key) {
        current = key;
        regels = new ArrayList<>();
        onderdelen.add(new Onderdeel(key, text("evaluatie.onderdeel." + key), regels));
    }

    private void line(String key, Count count, Object... args) {
        line(key, count.shown(), args);
    }

    private void line(String key, String value, Object... args) {
        regels.add(new Regel(text("evaluatie.onderdeel." + current), text("evaluatie.cijfer." + key, args), value));
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, key, locale);
    }

    private String name(String code) {
        return names.getOrDefault(code, code);
    }

    private String hours(Double hours) {
        return hours == null ? "–" : text("evaluatie.uren", decimal(hours, 1));
    }

    private String days(Double hours) {
        return hours == null ? "–" : text("evaluatie.dagen", decimal(hours / 24, 1));
    }

    private String decimal(double value, int digits) {
        NumberFormat format = NumberFormat.getNumberInstance(locale);
        format.setMinimumFractionDigits(0);
        format.setMaximumFractionDigits(digits);
        return format.format(value);
    }

    private String percent(double fraction) {
        return decimal(fraction * 100, 0) + "%";
    }

    private String euro(Money money) {
        return euro(money.cents());
    }

    private String euro(long cents) {
        NumberFormat format = NumberFormat.getCurrencyInstance(Locale.forLanguageTag("nl-NL"));
        return format.format(BigDecimal.valueOf(cents, 2));
    }

    /** Names of buurten, wijken and themes by code. */
    public static Map<String, String> names(List<nl.sleutelnet.application.port.in.geography.DistrictSummary> wijken,
            List<nl.sleutelnet.domain.theme.Theme> themes) {
        Map<String, String> names = new LinkedHashMap<>();
        wijken.forEach(w -> {
            names.put(w.district().code().value(), w.district().name());
            w.neighbourhoods().forEach(b -> names.put(b.code().value(), b.name()));
        });
        themes.forEach(t -> names.put(t.code().value(), t.name()));
        return names;
    }
}
