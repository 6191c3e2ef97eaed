package org.entente.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Closed-loop load: each client sends its next request as soon as the previous one is answered,
 * going round a fixed mix of requests, until the time is up.
 */
public final class LoadGenerator {

    /** No request may hold a run up for longer than this past its end. */
    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(30);

    /** A run's outcome; an error is a status other than 200 (after redirects) or a failed exchange. */
    public record Result(int requests, int errors, double seconds, Latencies latencies, String firstError) {
        public double throughput() {
            return requests / seconds;
        }

        /** This run and another of the same target, as one. */
        public Result plus(Result other) {
            return new Result(requests + other.requests, errors + other.errors, seconds + other.seconds,
                    Latencies.merge(List.of(latencies, other.latencies)), firstError != null ? firstError : other.firstError);
        }
    }

    private record Tally(Latencies latencies, int errors, String firstError) {}

    private LoadGenerator() {}

    /** HTTP/1.1 like most SPARQL clients (no h2c upgrade attempt on every connection), following redirects. */
    public static HttpClient client() {
        return HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .followRedirects(HttpClient.Redirect.NORMAL)
                .connectTimeout(Duration.ofSeconds(5))
                .build();
    }

    public static HttpRequest get(URI uri, String accept) {
        return HttpRequest.newBuilder(uri).header("Accept", accept).timeout(REQUEST_TIMEOUT).GET().build();
    }

    /**
     * Runs the mix on a client of its own: a connection left idle in a shared pool between runs
     * can be closed by the server just as it is reused, which fails the request for no fault of
     * the server under test.
     */
    public static Result run(List<HttpRequest> mix, int clients, Duration duration) throws InterruptedException {
        HttpClient http = client();
        long start = System.nanoTime();
        long deadline = start + duration.toNanos();
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        try {
            List<Callable<Tally>> loops = new ArrayList<>();
            for (int c = 0; c < clients; c++) {
                int first = c;
                loops.add(() -> loop(http, mix, first, deadline));
            }
            List<Tally> tallies = new ArrayList<>();
            for (Future<Tally> f : pool.invokeAll(loops)) {
                tallies.add(f.get());
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            Latencies latencies = Latencies.merge(tallies.stream().map(Tally::latencies).toList());
            int errors = tallies.stream().mapToInt(Tally::errors).sum();
            String firstError = tallies.stream().map(Tally::firstError).filter(Objects::nonNull).findFirst().orElse(null);
            return new Result(latencies.count() + errors, errors, seconds, latencies, firstError);
        } catch (ExecutionException e) {
            throw new IllegalStateException("a client failed", e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    /** One client; each starts at its own place in the mix, so that the clients spread over all of it at once. */
    private static Tally loop(HttpClient http, List<HttpRequest> mix, int first, long deadline) {
        Latencies latencies = new Latencies();
        int errors = 0;
        String firstError = null;
        for (int i = first; System.nanoTime() < deadline; i++) {
            HttpRequest request = mix.get(i % mix.size());
            long sent = System.nanoTime();
            String error;
            try {
                int status = http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
                error = status == 200 ? null : "HTTP " + status;
            } catch (IOException e) {
                error = e.getClass().getSimpleName() + ": " + e.getMessage();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
            if (error == null) {
                latencies.record(System.nanoTime() - sent);
            } else {
                errors++;
                if (firstError == null) {
                    firstError = request.uri().getRawPath() + ": " + error;
                }
            }
        }
        return new Tally(latencies, errors, firstError);
    }
}
