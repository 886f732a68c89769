package org.chancery.lang.ui.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;

import org.chancery.lang.ui.tests.ExampleProjects;
import org.chancery.lang.ui.tests.Workbench;
import org.eclipse.core.commands.Command;
import org.eclipse.core.commands.ParameterizedCommand;
import org.eclipse.core.expressions.IEvaluationContext;
import org.eclipse.core.resources.IProject;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.ui.ISources;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.commands.ICommandService;
import org.eclipse.ui.handlers.IHandlerService;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/** The Export command on the example project writes TEI documents and registers. */
class ExportCommandTest {

	private static final String TEI = "http://www.tei-c.org/ns/1.0";

	@Test
	void exportsTheExampleProjectToTei() throws Exception {
		IProject project = ExampleProjects.get("export");
		ICommandService commands = PlatformUI.getWorkbench().getService(ICommandService.class);
		IHandlerService handlers = PlatformUI.getWorkbench().getService(IHandlerService.class);
		Command command = commands.getCommand("org.chancery.lang.ui.export");
		ParameterizedCommand tei = ParameterizedCommand.generateCommand(command, Map.of(ExportHandler.FORMAT, "tei"));
		IEvaluationContext context = handlers.createContextSnapshot(false);
		context.addVariable(ISources.ACTIVE_CURRENT_SELECTION_NAME, new StructuredSelection(project));

		handlers.executeCommandInContext(tei, null, context);
		Workbench.waitForJobs(ExportJob.FAMILY);

		Path folder = project.getLocation().toFile().toPath().resolve("export/tei");
		List<String> files;
		try (Stream<Path> list = Files.list(folder)) {
			files = list.map(path -> path.getFileName().toString()).sorted().toList();
		}
		assertTrue(files.contains("registers.xml"), "registers.xml in " + files);
		assertTrue(files.contains("1917-06-13-yang-telegram.xml"), "the Yang telegram in " + files);
		assertTrue(project.getFolder("export/tei").exists(), "the workspace sees the export");

		DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
		factory.setNamespaceAware(true);
		DocumentBuilder parser = factory.newDocumentBuilder();
		Document telegram = parser.parse(folder.resolve("1917-06-13-yang-telegram.xml").toFile());
		Element root = telegram.getDocumentElement();
		assertEquals(TEI + " TEI", root.getNamespaceURI() + " " + root.getLocalName());
		Element sent = (Element) telegram.getElementsByTagNameNS(TEI, "correspAction").item(0);
		assertEquals("sent", sent.getAttribute("type"));
		Element sender = (Element) sent.getElementsByTagNameNS(TEI, "persName").item(0);
		assertEquals("Yang Zengxin", sender.getTextContent().strip());
		assertEquals(List.of(), TeiSchema.errors(folder.resolve("1917-06-13-yang-telegram.xml")), "valid TEI P5");
		assertEquals(List.of(), TeiSchema.errors(folder.resolve("registers.xml")), "valid TEI P5");
		Document registers = parser.parse(folder.resolve("registers.xml").toFile());
		assertTrue(registers.getElementsByTagNameNS(TEI, "listPerson").getLength() > 0, "registers list persons");
	}
}
