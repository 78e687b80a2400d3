package org.ctpat4j.tabular;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.junit.jupiter.api.Test;

/** The tests run on the module path: the XLSX and CSV libraries resolve as the modules module-info requires. */
class ModulePathTest {

  @Test
  void modules_resolveByTheirDeclaredNames() {
    assertThat(TabularDossierReader.class.getModule().getName()).isEqualTo("org.ctpat4j.tabular");
    assertThat(Workbook.class.getModule().getName()).isEqualTo("org.dhatim.fastexcel");
    assertThat(ReadableWorkbook.class.getModule().getName()).isEqualTo("org.dhatim.fastexcel.reader");
    assertThat(CsvMapper.class.getModule().getName()).isEqualTo("com.fasterxml.jackson.dataformat.csv");
    Module opczip = ModuleLayer.boot().findModule("opczip").orElseThrow();
    assertThat(opczip.getDescriptor().isAutomatic()).as("opczip has no descriptor: an automatic module").isTrue();
    assertThat(TabularDossierReader.class.getModule().getDescriptor().exports())
        .extracting(e -> e.source())
        .containsExactly("org.ctpat4j.tabular");
  }
}
