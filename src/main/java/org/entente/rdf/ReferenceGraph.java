package org.entente.rdf;

import org.apache.jena.graph.Graph;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.entente.claims.Entity;
import org.entente.claims.ReferenceData;

/** The reference graph: the identity of shared entities (types, labels, Wikidata links) and nothing else. */
public final class ReferenceGraph {

    private ReferenceGraph() {}

    public static Graph of(ReferenceData reference, IriScheme iris) {
        Model model = ModelFactory.createDefaultModel();
        for (Entity entity : reference.entities()) {
            describe(model, entity, iris);
        }
        return model.getGraph();
    }

    /** An entity's identity: its types, labels and Wikidata link. */
    static void describe(Model model, Entity entity, IriScheme iris) {
        Resource r = model.createResource(iris.entity(entity).getURI());
        entity.types().forEach(type -> r.addProperty(RDF.type, GPO.resource(type)));
        r.addProperty(RDFS.label, entity.label(), "en");
        entity.altLabels().forEach(label -> r.addProperty(SKOS.altLabel, label, "en"));
        entity.hiddenLabels().forEach(label -> r.addProperty(SKOS.hiddenLabel, label, "en"));
        entity.wikidata().ifPresent(qid -> r.addProperty(OWL.sameAs, model.createResource(Prefixes.WIKIDATA_ENTITY + qid)));
    }
}
