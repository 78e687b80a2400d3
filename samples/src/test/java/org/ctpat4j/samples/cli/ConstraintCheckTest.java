package org.ctpat4j.samples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonLocation;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConstraintCheckTest {

  @TempDir Path temp;

  @Test
  void locate_presentAndAbsentFields_givesTheFieldOrItsEnclosingObject() throws IOException {
    Path file = temp.resolve("d.json");
    Files.writeString(file, "{\n  \"links\": [\n    {\"from\": \"a\"},\n    {\n      \"from\": \"b\", \"a/b\": 2\n    }\n  ]\n}\n");

    Map<String, JsonLocation> found =
        ConstraintCheck.locate(file, Set.of("/links/1/from", "/links/0/share", "/links/1/a~1b", "/missing/deep", ""));

    assertThat(found.get("/links/1/from")).satisfies(l -> assertThat(new int[] {l.getLineNr(), l.getColumnNr()}).containsExactly(5, 7));
    assertThat(found.get("/links/1/a~1b").getLineNr()).isEqualTo(5);
    assertThat(found.get("/links/0/share")).satisfies(l -> assertThat(new int[] {l.getLineNr(), l.getColumnNr()}).containsExactly(3, 5));
    assertThat(found.get("/missing/deep")).satisfies(l -> assertThat(new int[] {l.getLineNr(), l.getColumnNr()}).containsExactly(1, 1));
    assertThat(found.get("").getLineNr()).isEqualTo(1);
  }
}
