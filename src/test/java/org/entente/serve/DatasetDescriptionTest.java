package org.entente.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Optional;
import java.util.zip.GZIPInputStream;
import org.eclipse.rdf4j.model.Model;
import org.eclipse.rdf4j.model.impl.SimpleValueFactory;
import org.eclipse.rdf4j.model.util.Models;
import org.eclipse.rdf4j.rio.RDFFormat;
import org.eclipse.rdf4j.rio.Rio;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** VoID/DCAT at /.well-known/void, and the dumps it describes. */
class DatasetDescriptionTest {

    private static final String VOID = "http://rdfs.org/ns/void#";
    @RegisterExtension
    static final TestServer server = new TestServer(10_000, 10_000, Optional.empty());

    private static Model voidModel() throws Exception {
        HttpResponse<String> r = server.get("/.well-known/void", "text/turtle");
        assertEquals(200, r.statusCode());
        return Rio.parse(new StringReader(r.body()), "", RDFFormat.TURTLE);
    }

    @Test
    void theTripleCountMatchesTheStore() throws Exception {
        assertEquals(server.countedTriples(), server.describedTriples());
    }

    @Test
    void itNamesTheEndpointTheLicenceThePartitionsAndTheWikidataLinkset() throws Exception {
        Model model = voidModel();
        var vf = SimpleValueFactory.getInstance();
        assertTrue(model.contains(null, vf.createIRI(VOID + "sparqlEndpoint"), vf.createIRI(server.url("/sparql"))));
        assertTrue(model.contains(null, vf.createIRI("http://purl.org/dc/terms/license"), null));
        assertTrue(model.contains(null, vf.createIRI(VOID + "class"), vf.createIRI("https://w3id.org/entente/gpo#State")));
        assertTrue(model.contains(null, vf.createIRI(VOID + "property"), vf.createIRI("https://w3id.org/entente/gpo#memberOf")));
        assertTrue(model.contains(null, vf.createIRI(VOID + "linkPredicate"), vf.createIRI("http://www.w3.org/2002/07/owl#sameAs")));
    }

    @Test
    void theNQuadsDumpHasTheStatedSizeAndChecksumAndParses() throws Exception {
        HttpResponse<byte[]> dump = server.send(java.net.http.HttpRequest.newBuilder(
                java.net.URI.create(server.url("/dumps/entente.nq.gz"))), HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, dump.statusCode());
        Model model = voidModel();
        var vf = SimpleValueFactory.getInstance();
        String file = server.url("/dumps/entente.nq.gz");
        String distribution = file + "#distribution";
        long size = Models.objectLiteral(model.filter(vf.createIRI(distribution), vf.createIRI("http://www.w3.org/ns/dcat#byteSize"), null)).orElseThrow().longValue();
        String sha = Models.objectLiteral(model.filter(vf.createIRI(file + "#sha256"), vf.createIRI("http://spdx.org/rdf/terms#checksumValue"), null)).orElseThrow().stringValue();
        assertEquals(size, dump.body().length);
        assertEquals(sha, HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(dump.body())));
        Model quads = Rio.parse(new GZIPInputStream(new ByteArrayInputStream(dump.body())), "", RDFFormat.NQUADS);
        long stored = server.store.read(dsg -> dsg.stream().count());
        assertEquals(stored, quads.size());
    }
}
