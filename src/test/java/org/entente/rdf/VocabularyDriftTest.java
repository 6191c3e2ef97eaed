package org.entente.rdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.entente.claims.Entity;
import org.entente.claims.EventRole;
import org.entente.claims.EventType;
import org.entente.claims.Modality;
import org.entente.claims.Relation;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/** The vocabulary class, the claims model's names and the ontology file must name the same terms. */
class VocabularyDriftTest {

    private static final Model ONTOLOGY = RDFDataMgr.loadModel("ontology/gpo.ttl");
    private static final Set<Resource> DECLARATIONS = Set.of(OWL.Class, OWL.ObjectProperty, OWL.DatatypeProperty,
            OWL.NamedIndividual, OWL.SymmetricProperty, OWL.AnnotationProperty, RDF.Property);

    private static Set<String> declaredInOntology() {
        Set<String> terms = new TreeSet<>();
        ONTOLOGY.listStatements(null, RDF.type, (RDFNode) null).forEachRemaining(st -> {
            if (st.getSubject().isURIResource() && st.getSubject().getURI().startsWith(GPO.NS)
                    && DECLARATIONS.contains(st.getObject())) {
                terms.add(st.getSubject().getLocalName());
            }
        });
        return terms;
    }

    private static Set<String> constantsInCode() throws IllegalAccessException {
        Set<String> terms = new TreeSet<>();
        for (Field field : GPO.class.getFields()) {
            if (Modifier.isStatic(field.getModifiers()) && Resource.class.isAssignableFrom(field.getType())) {
                Resource term = (Resource) field.get(null);
                assertEquals(GPO.NS + field.getName(), term.getURI(), "field name is the local name");
                terms.add(field.getName());
            }
        }
        return terms;
    }

    @Test
    void theVocabularyClassAndTheOntologyDeclareTheSameTerms() throws Exception {
        assertEquals(declaredInOntology(), constantsInCode());
    }

    @Test
    void everyNameTheClaimsModelUsesIsATermOfTheOntology() {
        Set<String> declared = declaredInOntology();
        List<String> used = new ArrayList<>();
        Stream.of(Relation.values()).map(Enum::name).forEach(used::add);
        Stream.of(EventType.values()).map(Enum::name).forEach(used::add);
        Stream.of(Modality.values()).map(Enum::name).forEach(used::add);
        Stream.of(EventRole.values()).map(EventRole::property).forEach(used::add);
        used.addAll(Entity.CLASSES);
        for (String name : used) {
            assertTrue(declared.contains(name), "gpo:" + name + " is not declared in ontology/gpo.ttl");
        }
    }

    @Test
    void everyTermHasAnEnglishLabelAndComment() {
        for (String term : declaredInOntology()) {
            Resource r = ONTOLOGY.getResource(GPO.NS + term);
            assertTrue(r.hasProperty(RDFS.label) && r.getProperty(RDFS.label).getLanguage().equals("en"), term + " label");
            assertTrue(r.hasProperty(RDFS.comment), term + " comment");
        }
    }

    @Test
    void everyTermOfTheContractIsDeclared() throws Exception {
        Path contract = Path.of("../shared/design/vocabulary.md");
        Assumptions.assumeTrue(Files.exists(contract), "the shared design folder is beside the repository");
        Matcher m = Pattern.compile("gpo:([A-Za-z]+)").matcher(Files.readString(contract));
        Set<String> declared = declaredInOntology();
        while (m.find()) {
            assertTrue(declared.contains(m.group(1)), "contract term gpo:" + m.group(1) + " is not in the ontology");
        }
    }
}
