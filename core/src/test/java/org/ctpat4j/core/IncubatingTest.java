package org.ctpat4j.core;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.Test;

class IncubatingTest {

  @Incubating
  static final class Marked {}

  @Test
  void incubating_isDocumentedAndKeptInClassFilesOnly() {
    assertThat(Incubating.class.getAnnotation(Retention.class).value()).isEqualTo(RetentionPolicy.CLASS);
    assertThat(Incubating.class.isAnnotationPresent(Documented.class)).isTrue();
    assertThat(Incubating.class.getAnnotation(Target.class).value())
        .containsExactlyInAnyOrder(
            ElementType.TYPE, ElementType.METHOD, ElementType.CONSTRUCTOR, ElementType.FIELD, ElementType.PACKAGE);
  }

  @Test
  void incubating_onAType_isInvisibleToReflectionButReadableFromTheClassFile() {
    assertThat(Marked.class.getAnnotations()).isEmpty();
    JavaClass marked = new ClassFileImporter().importClass(Marked.class);
    assertThat(marked.isAnnotatedWith(Incubating.class)).isTrue();
  }
}
