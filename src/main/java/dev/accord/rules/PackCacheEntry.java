package dev.accord.rules;

import dev.accord.Diagnostic;
import dev.accord.Location;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.drools.base.common.DroolsObjectInputStream;
import org.drools.base.common.DroolsObjectOutputStream;
import org.drools.wiring.api.classloader.ProjectClassLoader;
import org.kie.api.definition.KiePackage;

/**
 * The bytes of one cache entry. A header (magic, format, the key it was written for, the digest
 * of the DRL it was compiled from, the versions of Accord, Drools and Java that compiled it, the
 * payload's length), the SHA-256 of the header and the payload, then the payload: an entry for
 * other DRL or other code, or a truncated or damaged file, fails a check and is never
 * deserialised. The payload holds the warnings, the declared types' bytecode, and the compiled
 * packages in Drools' own serialised form. The checksum finds damage, not forgery: whoever can
 * write the cache folder can write a matching one (docs/SECURITY.md).
 */
final class PackCacheEntry {

    private static final String MAGIC = "accord-pack-cache";
    /** Raise when the layout below changes, so old entries are rebuilt rather than misread. */
    static final int FORMAT = 2;

    private PackCacheEntry() {
    }

    static byte[] write(PackCache.Key key, BuiltRules rules) throws IOException {
        ByteArrayOutputStream payload = new ByteArrayOutputStream(256 * 1024);
        try (DataOutputStream out = new DataOutputStream(payload)) {
            out.writeInt(rules.warnings().size());
            for (Diagnostic w : rules.warnings()) {
                out.writeUTF(w.location().file());
                out.writeInt(w.location().line());
                out.writeInt(w.location().column());
                out.writeUTF(w.message());
            }
            out.writeInt(rules.declaredTypes().size());
            for (Map.Entry<String, byte[]> type : rules.declaredTypes().entrySet()) {
                out.writeUTF(type.getKey());
                out.writeInt(type.getValue().length);
                out.write(type.getValue());
            }
            ObjectOutputStream objects = new DroolsObjectOutputStream(out);
            objects.writeObject(new ArrayList<>(rules.packages()));
            objects.flush();
        }
        byte[] body = payload.toByteArray();
        byte[] header = header(key, body.length);
        ByteArrayOutputStream file = new ByteArrayOutputStream(body.length + header.length + 64);
        try (DataOutputStream out = new DataOutputStream(file)) {
            out.write(header);
            out.write(checksum(header, body));
            out.write(body);
        }
        return file.toByteArray();
    }

    /** What an entry binds: the format, the key, the DRL digest and the versions of the code, and the payload's length. */
    private static byte[] header(PackCache.Key key, int bodyLength) throws IOException {
        ByteArrayOutputStream header = new ByteArrayOutputStream(512);
        try (DataOutputStream out = new DataOutputStream(header)) {
            out.writeUTF(MAGIC);
            out.writeInt(FORMAT);
            out.writeUTF(key.hex());
            out.writeUTF(key.drlDigest());
            out.writeUTF(key.versions());
            out.writeInt(bodyLength);
        }
        return header.toByteArray();
    }

    /** SHA-256 of the header and the payload: one changed byte anywhere and the entry is not used. */
    private static byte[] checksum(byte[] header, byte[] body) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update(header);
            digest.update(body);
            return digest.digest();
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    /**
     * @throws IOException when the bytes are not a sound entry for {@code key} (another format,
     *                     key, DRL or code, or a checksum that does not match); the caller then
     *                     compiles the pack afresh. Nothing is deserialised before all of it holds.
     */
    static BuiltRules read(byte[] bytes, PackCache.Key key) throws IOException, ClassNotFoundException {
        DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes));
        if (!MAGIC.equals(in.readUTF()) || in.readInt() != FORMAT || !key.hex().equals(in.readUTF())
                || !key.drlDigest().equals(in.readUTF()) || !key.versions().equals(in.readUTF())) {
            throw new IOException("not an entry of this format for this key, DRL and code");
        }
        int length = in.readInt();
        if (length < 0 || length != in.available() - 32) {
            throw new IOException("truncated or padded");
        }
        byte[] header = java.util.Arrays.copyOf(bytes, bytes.length - in.available());
        byte[] checksum = in.readNBytes(32);
        byte[] body = new byte[length];
        in.readFully(body);
        if (!Arrays.equals(checksum, checksum(header, body))) {
            throw new IOException("checksum mismatch");
        }
        DataInputStream payload = new DataInputStream(new ByteArrayInputStream(body));
        List<Diagnostic> warnings = new ArrayList<>();
        for (int i = payload.readInt(); i > 0; i--) {
            String file = payload.readUTF();
            Location at = new Location(file, payload.readInt(), payload.readInt());
            warnings.add(Diagnostic.warning(at, payload.readUTF()));
        }
        Map<String, byte[]> types = new LinkedHashMap<>();
        for (int i = payload.readInt(); i > 0; i--) {
            String name = payload.readUTF();
            byte[] code = new byte[payload.readInt()];
            payload.readFully(code);
            types.put(name, code);
        }
        ProjectClassLoader loader = BuiltRules.loaderFor(types);
        try (ObjectInputStream objects = new DroolsObjectInputStream(payload, loader)) {
            @SuppressWarnings("unchecked")
            Collection<KiePackage> packages = (Collection<KiePackage>) objects.readObject();
            return BuiltRules.restored(packages, types, loader, List.copyOf(warnings));
        }
    }

    static byte[] sha256(byte[] bytes) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
