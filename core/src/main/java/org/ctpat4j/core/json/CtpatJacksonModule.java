package org.ctpat4j.core.json;

import com.fasterxml.jackson.core.Version;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.datatype.jsr310.deser.LocalDateDeserializer;
import com.fasterxml.jackson.datatype.jsr310.ser.LocalDateSerializer;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

/**
 * A Jackson module that teaches an {@code ObjectMapper} the {@code ctpat4j-dossier/1} format: dates as ISO
 * {@code YYYY-MM-DD} strings, whatever the mapper's date settings. Register it on your own mapper with
 * {@code mapper.registerModule(new CtpatJacksonModule())}; {@link DossierReader} and {@link DossierWriter} use it with
 * strict settings of their own.
 */
public final class CtpatJacksonModule extends SimpleModule {

  private static final long serialVersionUID = 1L;

  /** Creates the module. */
  public CtpatJacksonModule() {
    super("ctpat4j", Version.unknownVersion());
    addSerializer(LocalDate.class, new LocalDateSerializer(DateTimeFormatter.ISO_LOCAL_DATE));
    addDeserializer(LocalDate.class, new LocalDateDeserializer(DateTimeFormatter.ISO_LOCAL_DATE));
  }
}
