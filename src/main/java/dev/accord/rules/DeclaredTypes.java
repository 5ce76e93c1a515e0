package dev.accord.rules;

import dev.accord.InvalidRulesException;
import dev.accord.Location;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.drools.drl.ast.descr.PackageDescr;
import org.drools.drl.ast.descr.TypeDeclarationDescr;
import org.drools.drl.ast.descr.TypeFieldDescr;
import org.drools.drl.parser.DrlParser;
import org.drools.drl.parser.DroolsParserException;
import org.kie.internal.io.ResourceFactory;

/** Reads the type declarations of a pack's DRL files, for checks that look at what rules read. */
public final class DeclaredTypes {

    private DeclaredTypes() {
    }

    /** @throws InvalidRulesException when the pack cannot be read (it would not load either) */
    public static List<DeclaredType> of(Path packDirectory) {
        List<DeclaredType> out = new ArrayList<>();
        for (DrlSource file : PackLoader.drlSources(packDirectory)) {
            PackageDescr descr;
            try {
                var resource = ResourceFactory.newByteArrayResource(file.text().getBytes(StandardCharsets.UTF_8));
                descr = new DrlParser().parse(resource, new ByteArrayInputStream(file.text().getBytes(StandardCharsets.UTF_8)));
            } catch (DroolsParserException | IOException e) {
                continue;
            }
            if (descr == null) {
                continue;
            }
            for (TypeDeclarationDescr t : descr.getTypeDeclarations()) {
                List<DeclaredType.Field> fields = new ArrayList<>();
                for (TypeFieldDescr f : t.getFields().values()) {
                    fields.add(new DeclaredType.Field(f.getFieldName(), f.getPattern() == null ? "?" : f.getPattern().getObjectType(),
                            at(file, f.getLine(), f.getFieldName()), f.getAnnotation("context") != null));
                }
                var role = t.getAnnotation("role");
                boolean event = role != null && "event".equals(String.valueOf(role.getSingleValueStripped()).strip());
                String supertype = t.getSuperTypeName();
                if (supertype != null && supertype.contains(".")) {
                    supertype = supertype.substring(supertype.lastIndexOf('.') + 1);
                }
                out.add(new DeclaredType(t.getTypeName(), at(file, t.getLine(), t.getTypeName()), List.copyOf(fields),
                        supertype, event, t.getAnnotation("timestamp") != null));
            }
        }
        return out;
    }

    /** The position of {@code word} on the line, where Drools gives no usable column. */
    private static Location at(DrlSource file, int line, String word) {
        int column = file.line(line).indexOf(word);
        return new Location(file.path(), line, column < 0 ? 1 : column + 1);
    }
}
