// SPDX-License-Identifier: MIT
#pragma once

// Node classes the simulator knows: their /object_info entries (as the real server prints them),
// the traits execution and validation need, and what running each one does (its behaviour, from
// the table in nodebehaviours.cpp).

#include "pyjson_p.h"

#include <QtCore/QHash>
#include <QtCore/QString>
#include <QtCore/QStringList>

namespace ComfyScope::Sim {

/// What one step of a running node asks for next.
enum class StepResult { Wait, Done, Error, Interrupted };

/// The running node, its inputs and the server around it (nodebehaviours.cpp).
struct NodeContext;
/// Runs one step of a node: called again after job.delayMs while it returns Wait.
using NodeBehaviour = StepResult (*)(NodeContext &);

/// The behaviour of a node class; nullptr for a class the simulator cannot run.
NodeBehaviour nodeBehaviour(const QString &className);
/// Every class name the behaviour table has (for the tests).
QStringList nodeBehaviourClassNames();

struct InputSpec
{
    QString name;
    JVal type;    // "INT", "IMAGE", ... or an array of combo choices
    JVal options; // object ({} when the tuple had no options)
    bool required = true;
};

struct NodeClass
{
    QString name;
    JVal info;               // /object_info entry (dynamic combos filled in at request time)
    QList<InputSpec> inputs; // required then optional, in declaration order
    QStringList returnTypes;
    bool outputNode = false;
    bool neverCached = false;           // IS_CHANGED returns NaN / time
    bool uniqueIdInSignature = false;   // hidden UNIQUE_ID input
    QStringList validateFunctionInputs; // VALIDATE_INPUTS arguments (skip min/max/combo checks)
    NodeBehaviour behaviour = nullptr;  // what executing it does

    const InputSpec *input(const QString &n) const
    {
        for (const InputSpec &s : inputs)
            if (s.name == n)
                return &s;
        return nullptr;
    }
};

class NodeCatalog
{
public:
    /// Builds the catalog for a server version; deploy adds ComfyDeployWebscoketImageOutput.
    NodeCatalog(bool legacyV0318, bool deploy);

    const NodeClass *find(const QString &name) const;
    const QStringList &classNames() const { return m_order; }

    static QStringList samplerNames();
    static QStringList schedulerNames();
    static QStringList checkpointNames();

private:
    QHash<QString, NodeClass> m_classes;
    QStringList m_order;
};

} // namespace ComfyScope::Sim
