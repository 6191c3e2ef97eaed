package org.entente.claims;

/** The kinds of event; each name is the local name of a gpo class. */
public enum EventType {
    Event, Visit, Meeting, MilitaryExercise, TradeRestriction, LegalAction, Cooperation,
    AgreementEvent, Signing, Suspension, Renewal
}
