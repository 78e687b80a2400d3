package org.ctpat4j.core.json;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.util.List;

/** The published schema, loaded once into networknt's draft 2020-12 validator. */
final class SchemaSupport {

  private static final Schema SCHEMA =
      SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
          .getSchema(DossierSchema.text(), InputFormat.JSON);

  private SchemaSupport() {}

  /** Returns the schema errors of a document; empty when the schema accepts it. */
  static List<String> errors(String json) {
    List<Error> errors = SCHEMA.validate(json, InputFormat.JSON);
    return errors.stream().map(e -> e.getInstanceLocation() + ": " + e.getMessage()).toList();
  }
}
