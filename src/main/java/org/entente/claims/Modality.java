package org.entente.claims;

/** How an article states a claim. The constant names match the ontology's individuals. */
public enum Modality {
    /** stated as having happened or being true */
    Factual,
    /** scheduled or intended */
    Planned,
    /** possible, could, may, is expected to, it is assumed */
    Hypothetical,
    /** stated as not so */
    Negated
}
