package com.servicecentre.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.core.io.ContextResource;
import org.springframework.core.io.Resource;

/** The same models get the same names from the build folder (mvn spring-boot:run) and the packaged jar. */
class ModelDeploymentTest {

  private static final String[] PATTERNS = {"classpath*:processes/*.bpmn", "classpath*:forms/*.form"};

  @Test
  void modelsAreNamedByTheirPathInTheProjectWhereverTheyAreLoadedFrom(@TempDir Path dir) throws Exception {
    Path classes = dir.resolve("classes");
    Files.createDirectories(classes.resolve("processes"));
    Files.createDirectories(classes.resolve("forms"));
    Files.writeString(classes.resolve("processes/complaint-handling.bpmn"), "<definitions/>");
    Files.writeString(classes.resolve("forms/complaint-intake.form"), "{}");
    Path jar = dir.resolve("service-centre.jar");
    packageJar(jar, classes);

    List<String> fromFolder = names(classes.toUri().toURL());
    List<String> fromJar = names(jar.toUri().toURL());

    assertThat(fromFolder).containsExactly("forms/complaint-intake.form", "processes/complaint-handling.bpmn");
    assertThat(fromJar).isEqualTo(fromFolder);
  }

  @Test
  void theFolderComesFromThePattern() {
    assertThat(ModelDeployment.folderOf("classpath*:processes/*.bpmn")).isEqualTo("processes/");
    assertThat(ModelDeployment.folderOf("classpath:next-release/*.form")).isEqualTo("next-release/");
    assertThat(ModelDeployment.folderOf("classpath*:*.dmn")).isEmpty();
  }

  private static void packageJar(Path jar, Path classes) throws Exception {
    try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar))) {
      // Folders are entries of their own, as in the jar Maven builds.
      for (String folder : List.of("processes/", "forms/")) {
        out.putNextEntry(new JarEntry(folder));
        out.closeEntry();
      }
      for (String name : List.of("processes/complaint-handling.bpmn", "forms/complaint-intake.form")) {
        out.putNextEntry(new JarEntry(name));
        out.write(Files.readAllBytes(classes.resolve(name)));
        out.closeEntry();
      }
    }
  }

  private static List<String> names(URL root) throws Exception {
    try (URLClassLoader loader = new URLClassLoader(new URL[] {root}, null)) {
      return Arrays.stream(ModelDeployment.resources(PATTERNS, loader))
          .map(r -> ((ContextResource) r).getPathWithinContext()).sorted().toList();
    }
  }
}
