package org.entente.rdf;

import java.time.LocalDate;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.ResourceFactory;
import org.entente.claims.PartialDate;

/** Typed literals for dates at their precision. */
final class Literals {

    private Literals() {}

    /** xsd:gYear, xsd:gYearMonth or xsd:date, as precise as the date is: no more. */
    static Literal of(PartialDate date) {
        XSDDatatype type = switch (date.precision()) {
            case YEAR -> XSDDatatype.XSDgYear;
            case YEAR_MONTH -> XSDDatatype.XSDgYearMonth;
            case DATE -> XSDDatatype.XSDdate;
        };
        return ResourceFactory.createTypedLiteral(date.lexical(), type);
    }

    static Literal of(LocalDate day) {
        return ResourceFactory.createTypedLiteral(day.toString(), XSDDatatype.XSDdate);
    }

    static Literal count(int n) {
        return ResourceFactory.createTypedLiteral(Integer.toString(n), XSDDatatype.XSDnonNegativeInteger);
    }
}
