// SPDX-License-Identifier: MIT
#pragma once

#include <QAbstractItemModel>
#include <memory>
#include <vector>

namespace Gui {

// A node of a NodeTreeModel; Node derives from TreeNode<Node> and adds what it shows.
template <typename Node> struct TreeNode
{
    Node *parent = nullptr;
    int row = 0; // among the parent's children
    std::vector<std::unique_ptr<Node>> children;
};

/**
 * The index/parent/rowCount plumbing of a read-only tree whose nodes own their children, so
 * that each model only says what its nodes hold (data, headerData) and how it builds them.
 * Indexes carry the node pointer; rebuild inside begin/endResetModel.
 */
template <typename Node> class NodeTreeModel : public QAbstractItemModel
{
public:
    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override
    {
        if (column < 0 || column >= m_columns || (parent.isValid() && parent.column() != 0))
            return {};
        const Node *node = nodeOf(parent);
        if (row < 0 || row >= int(node->children.size()))
            return {};
        return createIndex(row, column, node->children[size_t(row)].get());
    }

    QModelIndex parent(const QModelIndex &child) const override
    {
        if (!child.isValid())
            return {};
        const Node *node = nodeOf(child);
        if (!node->parent || node->parent == &m_root)
            return {};
        return indexOfNode(node->parent);
    }

    int rowCount(const QModelIndex &parent = {}) const override
    {
        if (parent.isValid() && parent.column() != 0)
            return 0;
        return int(nodeOf(parent)->children.size());
    }

    int columnCount(const QModelIndex & = {}) const override { return m_columns; }

protected:
    NodeTreeModel(int columns, QObject *parent)
        : QAbstractItemModel(parent)
        , m_columns(columns)
    {
    }

    const Node *nodeOf(const QModelIndex &index) const
    {
        return index.isValid() ? static_cast<const Node *>(index.internalPointer()) : &m_root;
    }

    QModelIndex indexOfNode(const Node *node, int column = 0) const
    {
        return createIndex(node->row, column, const_cast<Node *>(node));
    }

    static Node *append(Node &parent, std::unique_ptr<Node> child)
    {
        child->parent = &parent;
        child->row = int(parent.children.size());
        parent.children.push_back(std::move(child));
        return parent.children.back().get();
    }

    Node m_root;

private:
    const int m_columns;
};

} // namespace Gui
