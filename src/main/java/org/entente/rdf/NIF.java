package org.entente.rdf;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/** The NIF 2.0 Core terms used for articles and evidence spans. */
public final class NIF {

    public static final String NS = "http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#";

    public static final Resource Context = ResourceFactory.createResource(NS + "Context");
    public static final Property isString = ResourceFactory.createProperty(NS, "isString");
    public static final Property referenceContext = ResourceFactory.createProperty(NS, "referenceContext");
    public static final Property beginIndex = ResourceFactory.createProperty(NS, "beginIndex");
    public static final Property endIndex = ResourceFactory.createProperty(NS, "endIndex");
    public static final Property anchorOf = ResourceFactory.createProperty(NS, "anchorOf");

    private NIF() {}
}
