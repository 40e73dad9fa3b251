package org.dixit.app.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import org.dixit.extract.DixitExtractor;
import org.dixit.index.QuoteArchive;
import org.dixit.model.Article;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RefreshTest {

    @Test
    void aReadOnlyServerSeesWhatAnotherWriterCommits(@TempDir Path dir) throws Exception {
        try (QuoteArchive writer = QuoteArchive.open(dir)) {
            writer.commit();
            try (DixitServer server = DixitServer.start(QuoteArchive.openReadOnly(dir), null, DixitExtractor.create(),
                    "127.0.0.1", 0)) {
                Http http = Http.of(server);
                assertEquals(0, http.get("/api/search?q=tramway").json().get("total").asInt());
                writer.add(DixitExtractor.create().extract(new Article("late-1", null, null, null, null, "fr",
                        "« Le tramway sera prolongé jusqu'à la gare », a annoncé Marie Lefèvre.")));
                writer.rebuildDerived();
                long deadline = System.nanoTime() + 15_000_000_000L;
                int total = 0;
                while (total == 0 && System.nanoTime() < deadline) {
                    Thread.sleep(200);
                    total = http.get("/api/search?q=tramway").json().get("total").asInt();
                }
                assertEquals(1, total, "the server did not pick up the commit within 15 s");
                assertEquals("marie-lefevre", http.get("/api/search?q=tramway").json().get("hits").get(0)
                        .get("speaker_id").asText());
            }
        }
    }
}
