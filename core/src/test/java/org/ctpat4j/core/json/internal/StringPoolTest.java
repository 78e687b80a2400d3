package org.ctpat4j.core.json.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.ctpat4j.core.dossier.Dossier;
import org.ctpat4j.core.json.DossierReader;
import org.junit.jupiter.api.Test;

class StringPoolTest {

  private static String of(StringPool pool, String s) {
    char[] buffer = ("xx" + s + "yy").toCharArray();
    return pool.of(buffer, 2, s.length());
  }

  @Test
  void equalStrings_areOneObject_acrossGrowth() {
    StringPool pool = new StringPool();
    List<String> first = new ArrayList<>();
    for (int i = 0; i < 200_000; i++) {
      first.add(of(pool, "f" + i));
    }
    // a million distinct ids would be mostly shared too; here, the last ones read are still in the pool after it grew
    for (int i = 199_000; i < 200_000; i++) {
      assertThat(of(pool, "f" + i)).isSameAs(first.get(i)).isEqualTo("f" + i);
    }
  }

  @Test
  void differentStrings_withTheSameHash_areNeverMerged() {
    StringPool pool = new StringPool();
    assertThat("Aa".hashCode()).isEqualTo("BB".hashCode());
    String a = of(pool, "Aa");
    String b = of(pool, "BB");
    assertThat(a).isEqualTo("Aa");
    assertThat(b).isEqualTo("BB");
    assertThat(of(pool, "BB")).isSameAs(b);
  }

  @Test
  void longStrings_areNotPooled_butKeptWhole() {
    StringPool pool = new StringPool();
    String longer = "n".repeat(StringPool.MAX_LENGTH + 1);
    assertThat(of(pool, longer)).isEqualTo(longer).isNotSameAs(of(pool, longer));
  }

  @Test
  void numbers_areBoxedOncePerValue_bitForBit() {
    StringPool pool = new StringPool();
    assertThat(pool.of(0.5)).isSameAs(pool.of(0.5)).isEqualTo(0.5);
    assertThat(Double.doubleToRawLongBits(pool.of(0.0))).isEqualTo(Double.doubleToRawLongBits(0.0));
    assertThat(Double.doubleToRawLongBits(pool.of(-0.0))).isEqualTo(Double.doubleToRawLongBits(-0.0));
    assertThat(pool.of(Double.NaN)).isNaN();
  }

  @Test
  void numbers_readOncePerText_areTheParsersValues() throws IOException {
    // texts that collide in the pool's slots, equal values written differently, and long texts read every time
    Random random = new Random(20261202);
    StringBuilder json = new StringBuilder("[");
    List<String> texts = new ArrayList<>(List.of(
        "1.0", "1", "1e0", "0.5", "0.50", "5E-1", "-0.0", "0", "0.1", "0.10000000000000001", "1e400", "-1e-400",
        "123456789012345678901234567890", "0.3333333333333333333333333", "4.9e-324", "1.7976931348623157e308"));
    for (int i = 0; i < 5_000; i++) {
      texts.add(random.nextInt(4) == 0 ? Integer.toString(random.nextInt(100)) : "0." + random.nextInt(100_000));
    }
    for (int round = 0; round < 3; round++) {
      for (String t : texts) {
        json.append(json.length() == 1 ? "" : ",").append(t);
      }
    }
    json.append(']');
    StringPool pool = new StringPool();
    JsonFactory factory = new JsonFactory();
    try (JsonParser pooled = factory.createParser(json.toString());
        JsonParser plain = factory.createParser(json.toString())) {
      assertThat(pooled.nextToken()).isEqualTo(JsonToken.START_ARRAY);
      plain.nextToken();
      int read = 0;
      while (pooled.nextToken() != JsonToken.END_ARRAY) {
        plain.nextToken();
        double expected = plain.getDoubleValue();
        assertThat(Double.doubleToRawLongBits(pool.number(pooled)))
            .as("%s (number %d)", plain.getText(), read)
            .isEqualTo(Double.doubleToRawLongBits(expected));
        read++;
      }
      assertThat(read).isEqualTo(texts.size() * 3);
    }
  }

  @Test
  void numbers_ofTheSameText_areOneBox() throws IOException {
    StringPool pool = new StringPool();
    try (JsonParser p = new JsonFactory().createParser("[0.25, 0.25, 0.250]")) {
      p.nextToken();
      p.nextToken();
      Double first = pool.number(p);
      p.nextToken();
      assertThat(pool.number(p)).isSameAs(first);
      p.nextToken();
      assertThat(pool.number(p)).isEqualTo(0.25);
    }
  }

  @Test
  void aDossierRead_sharesOneBoxPerShareAndOneStringPerId() {
    // two links of the same share between the same facilities, as the reader binds them (through StrictScalars)
    Dossier d = DossierReader.newBuilder().build().read("""
        {"format": "ctpat4j-dossier/1", "asOf": "2026-11-01",
         "partner": {"name": "Acme Inc.", "country": "US", "entityType": "US_IMPORTER",
                     "memberships": [{"program": "SECURITY", "since": "2020-01-01", "status": "ACTIVE"}]},
         "facilities": [{"id": "f1", "name": "Mill", "country": "VN"}, {"id": "f2", "name": "Plant", "country": "VN"}],
         "materials": [{"id": "m1", "name": "Yarn", "hsCode": "5205"}, {"id": "m2", "name": "Cloth", "hsCode": "5208"}],
         "links": [{"from": "f1", "to": "f2", "material": "m1", "share": 0.5},
                   {"from": "f1", "to": "f2", "material": "m2", "share": 0.5}]}
        """);

    assertThat(d.links().get(1).share()).isSameAs(d.links().get(0).share()).isEqualTo(0.5);
    assertThat(d.links().get(1).from()).isSameAs(d.links().get(0).from()).isSameAs(d.facilities().get(0).id());
  }
}
