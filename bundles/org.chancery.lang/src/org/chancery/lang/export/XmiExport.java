package org.chancery.lang.export;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.chancery.lang.corpus.Corpus;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceImpl;

/**
 * The EMF model of the whole corpus in one XMI file, written by EMF's own XMI resource: one root
 * per Chancery file, in file order, so that references between files stay references.
 */
public final class XmiExport implements CorpusFormat {

	public static final String FILE_NAME = "corpus.xmi";

	@Override
	public String label() {
		return "xmi";
	}

	@Override
	public void write(Corpus corpus, ExportSink sink, ExportProgress progress) throws IOException {
		List<EObject> roots = new ArrayList<>();
		for (Resource resource : corpus.resources()) {
			roots.addAll(resource.getContents());
		}
		// copies, so that the loaded corpus is left as it was
		EcoreUtil.Copier copier = new EcoreUtil.Copier();
		Collection<EObject> copies = copier.copyAll(roots);
		copier.copyReferences();
		XMIResourceImpl xmi = new XMIResourceImpl(URI.createURI(FILE_NAME));
		xmi.getContents().addAll(copies);
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		xmi.save(bytes, Map.of(XMLResource.OPTION_ENCODING, "UTF-8", XMLResource.OPTION_LINE_WIDTH, 100));
		sink.write(FILE_NAME, bytes.toByteArray());
		progress.produced(1, 1);
	}
}
