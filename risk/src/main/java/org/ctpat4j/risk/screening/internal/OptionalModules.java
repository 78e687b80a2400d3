package org.ctpat4j.risk.screening.internal;

import java.util.Optional;

/** Whether an optional dependency of the risk module can be used ({@link IcuSupport}, {@link CedictSupport}). */
final class OptionalModules {

  private OptionalModules() {}

  /**
   * Whether this module can use a class of an optional dependency: on the module path, the dependency's module must be
   * in this module's layer and read by it (a {@code requires static} module is resolved only when something else
   * requires it or it is added); on the class path, the class must be found.
   *
   * @param module the dependency's module name
   * @param className a class of it
   * @return true when the class can be used
   */
  static boolean usable(String module, String className) {
    Module self = OptionalModules.class.getModule();
    if (self.isNamed()) {
      ModuleLayer layer = self.getLayer() == null ? ModuleLayer.boot() : self.getLayer();
      Optional<Module> found = layer.findModule(module);
      if (found.isEmpty() || !self.canRead(found.get())) {
        return false;
      }
    }
    try {
      Class.forName(className, false, OptionalModules.class.getClassLoader());
      return true;
    } catch (ClassNotFoundException | LinkageError e) {
      return false;
    }
  }
}
