package com.followupadvisor.rules.sandbox;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.ConstantDynamic;
import org.objectweb.asm.FieldVisitor;
import org.objectweb.asm.Handle;
import org.objectweb.asm.Label;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;
import org.objectweb.asm.signature.SignatureReader;
import org.objectweb.asm.signature.SignatureVisitor;

/**
 * Checks a class compiled from a rule (a then part, an eval, a DRL function, or a class one of them
 * declares inline) against the {@link AllowList}: every method it calls and field it reads or
 * writes (owner and name, and the types in its descriptor), every class it creates, casts to,
 * tests, catches or names as a constant, its supertypes, the types in its own signatures, and its
 * lambdas: the bootstrap of each invokedynamic and the method handles passed to it, so that
 * {@code Locale::setDefault} is refused as {@code Locale.setDefault(...)} is. ASM's
 * {@link ClassReader} reads the class file; what matters is what the JVM would resolve, not how the
 * rule spelt it.
 *
 * <p>The rules' own classes (the then parts, the functions, the types the rules declare) may be
 * used, but not to reach a refused member by inheritance: a member of an own class is checked
 * against what every listed supertype refuses, and against what is refused everywhere.
 *
 * <p>Not read: annotations, debug information and the inner-class attributes, which name classes
 * without the JVM running anything of them.
 */
public final class ClassUses {

    /** The classes a rule set made itself, with their direct supertypes (internal names). */
    public interface RulesOwn {
        boolean isOwn(String internalName);

        /** The superclass and interfaces of an own class; empty for any other. */
        List<String> supertypes(String internalName);
    }

    /**
     * Something a rule may not use: {@code what} as the author would write it, with dots
     * ({@code java.util.Locale#setDefault}, {@code java.util.Formatter}, {@code synchronized});
     * {@code reason} the list's own words, or null when the thing is just not on the list.
     */
    public record Refusal(String what, String reason) {
    }

    private ClassUses() {
    }

    /** The first thing in the class file a rule may not use; null when there is none. */
    public static Refusal firstRefused(byte[] classFile, RulesOwn own) {
        Checker checker = new Checker(own);
        try {
            // the debug attributes (local variables, lines) say nothing the JVM acts on
            new ClassReader(classFile).accept(checker, ClassReader.SKIP_DEBUG);
        } catch (RuntimeException e) {
            // a class file ASM cannot read (a newer format, say) is refused, not let through unchecked
            return new Refusal("a class file the check cannot read", e.toString());
        }
        return checker.found;
    }

    /**
     * Whether a class with these supertypes (internal names) may be made: a type a rule file
     * declares, whose members the engine writes but whose superclass's members a rule then calls
     * through it. The superclass must be usable, the interfaces on the list; null when they are.
     */
    public static Refusal supertypesRefused(String superName, List<String> interfaces, RulesOwn own) {
        Checker checker = new Checker(own);
        checker.visit(Opcodes.V17, Opcodes.ACC_PUBLIC, "", null, superName, interfaces.toArray(String[]::new));
        return checker.found;
    }

    private static final class Checker extends ClassVisitor {

        private final RulesOwn own;
        private String self = "";
        Refusal found;

        Checker(RulesOwn own) {
            super(Opcodes.ASM9);
            this.own = own;
        }

        // ---- the class itself ------------------------------------------------------------------

        @Override
        public void visit(int version, int access, String name, String signature, String superName, String[] interfaces) {
            self = name;
            // an anonymous class's superclass runs as part of it: it must be usable, not just named
            if (superName != null && !usable(superName)) {
                refuse(superName, null);
            }
            for (String i : interfaces) {
                named(i);
            }
            signature(signature, false);
        }

        @Override
        public FieldVisitor visitField(int access, String name, String descriptor, String signature, Object value) {
            type(Type.getType(descriptor));
            signature(signature, true);
            return null;
        }

        @Override
        public MethodVisitor visitMethod(int access, String name, String descriptor, String signature, String[] exceptions) {
            if ((access & Opcodes.ACC_SYNCHRONIZED) != 0) {
                refuse("synchronized", AllowList.THREADS);
            }
            if (name.equals("finalize") && descriptor.equals("()V")) {
                refuse("java.lang.Object#finalize", AllowList.FINALIZER);
            }
            type(Type.getMethodType(descriptor));
            signature(signature, false);
            if (exceptions != null) {
                for (String e : exceptions) {
                    named(e);
                }
            }
            return new Code();
        }

        // ---- its code -----------------------------------------------------------------------------

        private final class Code extends MethodVisitor {

            Code() {
                super(Opcodes.ASM9);
            }

            @Override
            public void visitMethodInsn(int opcode, String owner, String name, String descriptor, boolean isInterface) {
                member(owner, name, descriptor);
            }

            @Override
            public void visitFieldInsn(int opcode, String owner, String name, String descriptor) {
                member(owner, name, descriptor);
            }

            @Override
            public void visitTypeInsn(int opcode, String type) {
                if (opcode == Opcodes.NEW) {
                    if (!usable(type)) {
                        refuse(type, null);
                    }
                } else {
                    // a cast, an instanceof, an array of objects: the type named (arrays as descriptors)
                    type(type.startsWith("[") ? Type.getType(type) : Type.getObjectType(type));
                }
            }

            @Override
            public void visitMultiANewArrayInsn(String descriptor, int numDimensions) {
                type(Type.getType(descriptor));
            }

            @Override
            public void visitLdcInsn(Object value) {
                constant(value);
            }

            @Override
            public void visitInvokeDynamicInsn(String name, String descriptor, Handle bootstrap, Object... arguments) {
                if (!AllowList.bootstrap(bootstrap.getOwner(), bootstrap.getName())) {
                    refuse(dots(bootstrap.getOwner()) + "#" + bootstrap.getName(), null);
                }
                type(Type.getMethodType(descriptor));
                for (Object argument : arguments) {
                    constant(argument);
                }
            }

            @Override
            public void visitTryCatchBlock(Label start, Label end, Label handler, String type) {
                // null: a finally block, which catches nothing by name
                if (type != null && !own.isOwn(type) && !AllowList.catchable(type)) {
                    refuse(type, AllowList.whyNotCaught(type));
                }
            }

            @Override
            public void visitInsn(int opcode) {
                if (opcode == Opcodes.MONITORENTER) {
                    refuse("synchronized", AllowList.THREADS);
                }
            }
        }

        /** A constant of ldc, or an argument of a bootstrap: a class, a method type, a method handle. */
        private void constant(Object value) {
            if (value instanceof Type t) {
                type(t);
            } else if (value instanceof Handle h) {
                member(h.getOwner(), h.getName(), h.getDesc());
                if (h.getTag() == Opcodes.H_NEWINVOKESPECIAL && !usable(h.getOwner())) {
                    refuse(h.getOwner(), null);
                }
            } else if (value instanceof ConstantDynamic c) {
                // no bootstrap of a computed constant is on the list; javac and ECJ write none for rules
                refuse(dots(c.getBootstrapMethod().getOwner()) + "#" + c.getBootstrapMethod().getName(), null);
            }
        }

        // ---- the checks ---------------------------------------------------------------------------

        /** A method called, a field read or written, a method handle: by its owner and name, and the types it takes. */
        private void member(String owner, String name, String descriptor) {
            if (owner.startsWith("[")) {
                // an array's own members: clone, and Object's
                type(Type.getType(owner));
                if (!name.equals("clone") && !AllowList.allows("java/lang/Object", name)) {
                    refuse("java.lang.Object#" + name, AllowList.whyRefused("java/lang/Object", name));
                }
            } else if (own.isOwn(owner)) {
                String reason = AllowList.refusedEverywhere(name);
                if (reason == null) {
                    for (String listed : listedAncestors(owner)) {
                        reason = reason != null ? reason : AllowList.whyRefused(listed, name);
                    }
                }
                if (reason != null) {
                    refuse(dots(owner) + "#" + name, reason);
                }
            } else if (!AllowList.allows(owner, name)) {
                String reason = AllowList.whyRefused(owner, name);
                // a class not on the list is named alone, unless the member says more
                refuse(AllowList.nameable(owner) || reason != null ? dots(owner) + "#" + name : dots(owner), reason);
            }
            String unlisted = firstUnlisted(descriptor.startsWith("(") ? Type.getMethodType(descriptor) : Type.getType(descriptor));
            if (unlisted != null) {
                // named by its member, which is what the rule's text shows: list.spliterator(), not Spliterator
                refuse(dots(owner) + "#" + name, "it takes or gives a " + dots(unlisted) + ", which is not on the list");
            }
        }

        /** The first class in a type that may not be named here, or null. */
        private String firstUnlisted(Type type) {
            return switch (type.getSort()) {
                case Type.METHOD -> {
                    for (Type argument : type.getArgumentTypes()) {
                        String unlisted = firstUnlisted(argument);
                        if (unlisted != null) {
                            yield unlisted;
                        }
                    }
                    yield firstUnlisted(type.getReturnType());
                }
                case Type.ARRAY -> firstUnlisted(type.getElementType());
                case Type.OBJECT -> own.isOwn(type.getInternalName()) || AllowList.nameable(type.getInternalName())
                        ? null : type.getInternalName();
                default -> null;
            };
        }

        /** The nearest supertypes of an own class that are not own: what it inherits its other members from. */
        private List<String> listedAncestors(String ownClass) {
            List<String> listed = new ArrayList<>();
            Set<String> seen = new HashSet<>();
            Deque<String> todo = new ArrayDeque<>(List.of(ownClass));
            while (!todo.isEmpty()) {
                String c = todo.pop();
                if (seen.add(c)) {
                    if (own.isOwn(c)) {
                        todo.addAll(own.supertypes(c));
                    } else {
                        listed.add(c);
                    }
                }
            }
            return listed;
        }

        /** Every class in a type (an array's element, a method type's arguments and result) must be on the list. */
        private void type(Type type) {
            String unlisted = firstUnlisted(type);
            if (unlisted != null) {
                refuse(unlisted, null);
            }
        }

        /** Every class in a generic signature, nested classes with their outer class's name. */
        private void signature(String signature, boolean ofAType) {
            if (signature == null) {
                return;
            }
            SignatureVisitor names = new SignatureVisitor(Opcodes.ASM9) {
                private final Deque<String> open = new ArrayDeque<>();

                @Override
                public void visitClassType(String name) {
                    open.push(name);
                    named(name);
                }

                @Override
                public void visitInnerClassType(String name) {
                    String inner = open.pop() + "$" + name;
                    open.push(inner);
                    named(inner);
                }

                @Override
                public void visitEnd() {
                    open.pop();
                }
            };
            if (ofAType) {
                new SignatureReader(signature).acceptType(names);
            } else {
                new SignatureReader(signature).accept(names);
            }
        }

        private void named(String internalName) {
            if (!own.isOwn(internalName) && !AllowList.nameable(internalName)) {
                refuse(internalName, null);
            }
        }

        private boolean usable(String internalName) {
            return own.isOwn(internalName) || AllowList.usable(internalName);
        }

        /** Keeps the first refusal: the one the rule author is shown. */
        private void refuse(String what, String reason) {
            if (found == null) {
                found = new Refusal(dots(what), reason);
            }
        }

        private static String dots(String internalName) {
            return internalName.replace('/', '.');
        }
    }
}
