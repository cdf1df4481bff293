package nl.sleutelnet.application.service;

import java.time.Instant;
import java.time.LocalDate;
import nl.sleutelnet.domain.intervention.Scope;
import nl.sleutelnet.domain.intervention.ScopeSeries;
import nl.sleutelnet.domain.intervention.ScopeTemperature;

/**
 * The temperature of an intervention's scope, computed by the temperature model from the evidence of its window:
 * what the intervention service needs to decide on withdrawal, draw the chart and fill in the evaluation. Implemented
 * by {@link TemperatureService}, so the maths live in one place.
 */
public interface ScopeTemperatures {

    /** The municipality's calendar day at {@code at}. */
    LocalDate day(Instant at);

    /**
     * The scope's temperature at the end of every day from {@code from} to {@code to}, both included (as
     * {@link nl.sleutelnet.domain.temperature.TemperatureModel#dailySeries} counts them).
     */
    ScopeSeries dailySeries(Scope scope, LocalDate from, LocalDate to);

    /** The scope's temperature at one moment: the highest of its buurt × theme cells. */
    ScopeTemperature at(Scope scope, Instant asOf);
}
