//! The tree html5ever builds, kept in a flat arena of indices (no reference-counted nodes, and
//! only the attributes the core reads). The parser moves nodes around while it builds (misnested
//! tags, tables), so this tree is linked by parent and child lists; `html.rs` then copies it into a
//! `Page`, whose ids are in document order.

use super::{KEPT_ATTRIBUTES, MAX_ELEMENT_DEPTH};
use html5ever::interface::{ElemName, ElementFlags, NodeOrText, QuirksMode, TreeSink};
use html5ever::tendril::StrTendril;
use html5ever::{Attribute, LocalName, Namespace, QualName};
use std::borrow::Cow;
use std::cell::{Ref, RefCell};

/// Index of a node in the arena.
pub type Handle = usize;

pub enum SinkData {
    Document,
    Element {
        name: QualName,
        attrs: Vec<(String, String)>,
        template_contents: Option<Handle>,
        mathml_point: bool,
    },
    Text(StrTendril),
    /// Comments, processing instructions: kept as nodes (the parser may refer to them), never read.
    Other,
}

pub struct SinkNode {
    pub data: SinkData,
    pub parent: Option<Handle>,
    pub children: Vec<Handle>,
}

/// The arena the parser fills. Node 0 is the document.
pub struct ArenaSink {
    nodes: RefCell<Vec<SinkNode>>,
    /// The name given for a node that is no element (the parser never asks for one).
    no_name: QualName,
}

impl Default for ArenaSink {
    fn default() -> Self {
        ArenaSink {
            nodes: RefCell::new(vec![SinkNode { data: SinkData::Document, parent: None, children: Vec::new() }]),
            no_name: QualName::new(None, html5ever::ns!(), html5ever::local_name!("")),
        }
    }
}

/// An element's name, borrowed from the arena for the parser's questions. The parser asks for
/// names over its whole stack of open elements at each tag (30,000 nested `<div>`s ask 450 million
/// times); a copy of each name, made and dropped, took three quarters of that parse's time.
/// html5ever 0.40's tree builder lets go of each name before it changes the tree (read in its
/// source); a name held across a change would make the change's `borrow_mut` panic.
#[derive(Debug)]
pub enum BorrowedName<'a> {
    Element(Ref<'a, QualName>),
    NoElement(&'a QualName),
}

impl BorrowedName<'_> {
    fn name(&self) -> &QualName {
        match self {
            BorrowedName::Element(name) => name,
            BorrowedName::NoElement(name) => name,
        }
    }
}

impl ElemName for BorrowedName<'_> {
    fn ns(&self) -> &Namespace {
        &self.name().ns
    }
    fn local_name(&self) -> &LocalName {
        &self.name().local
    }
}

fn kept_attributes(attrs: Vec<Attribute>) -> Vec<(String, String)> {
    attrs
        .into_iter()
        .filter(|a| a.name.ns.is_empty() && KEPT_ATTRIBUTES.contains(&&*a.name.local))
        .map(|a| (a.name.local.to_string(), String::from(a.value)))
        .collect()
}

impl ArenaSink {
    fn push(&self, data: SinkData) -> Handle {
        let mut nodes = self.nodes.borrow_mut();
        nodes.push(SinkNode { data, parent: None, children: Vec::new() });
        nodes.len() - 1
    }

    /// Appends text to `parent`, merged into its last child when that is text (as the DOM does).
    fn append_text(&self, parent: Handle, text: StrTendril) {
        let mut nodes = self.nodes.borrow_mut();
        if let Some(&last) = nodes[parent].children.last() {
            if let SinkData::Text(existing) = &mut nodes[last].data {
                existing.push_tendril(&text);
                return;
            }
        }
        nodes.push(SinkNode { data: SinkData::Text(text), parent: Some(parent), children: Vec::new() });
        let id = nodes.len() - 1;
        nodes[parent].children.push(id);
    }

    /// Whether `node` lies at least `depth` levels below the document (the walk up stops there).
    fn depth_reaches(nodes: &[SinkNode], node: Handle, depth: usize) -> bool {
        std::iter::successors(nodes[node].parent, |&p| nodes[p].parent).take(depth).count() == depth
    }

    fn detach(nodes: &mut [SinkNode], child: Handle) {
        if let Some(parent) = nodes[child].parent.take() {
            nodes[parent].children.retain(|&c| c != child);
        }
    }
}

impl TreeSink for ArenaSink {
    type Handle = Handle;
    type Output = Vec<SinkNode>;
    type ElemName<'a> = BorrowedName<'a>;

    fn finish(self) -> Self::Output {
        self.nodes.into_inner()
    }

    fn parse_error(&self, _msg: Cow<'static, str>) {}

    fn get_document(&self) -> Handle {
        0
    }

    fn elem_name<'a>(&'a self, target: &'a Handle) -> BorrowedName<'a> {
        let element = Ref::filter_map(self.nodes.borrow(), |nodes| match &nodes[*target].data {
            SinkData::Element { name, .. } => Some(name),
            _ => None,
        });
        // Never asked by the parser for another node; an empty name answers no question wrongly.
        element.map_or(BorrowedName::NoElement(&self.no_name), BorrowedName::Element)
    }

    fn create_element(&self, name: QualName, attrs: Vec<Attribute>, flags: ElementFlags) -> Handle {
        let template_contents = flags.template.then(|| self.push(SinkData::Document));
        self.push(SinkData::Element {
            name,
            attrs: kept_attributes(attrs),
            template_contents,
            mathml_point: flags.mathml_annotation_xml_integration_point,
        })
    }

    fn create_comment(&self, _text: StrTendril) -> Handle {
        self.push(SinkData::Other)
    }

    fn create_pi(&self, _target: StrTendril, _data: StrTendril) -> Handle {
        self.push(SinkData::Other)
    }

    fn append(&self, parent: &Handle, child: NodeOrText<Handle>) {
        match child {
            NodeOrText::AppendText(text) => self.append_text(*parent, text),
            NodeOrText::AppendNode(node) => {
                let mut nodes = self.nodes.borrow_mut();
                // As browsers do, a node that would sit deeper than the limit goes to the
                // current node's parent: it becomes the deep element's sibling (text still goes
                // into the current node).
                let parent = match nodes[*parent].parent {
                    Some(up) if Self::depth_reaches(&nodes, *parent, MAX_ELEMENT_DEPTH) => up,
                    _ => *parent,
                };
                Self::detach(&mut nodes, node);
                nodes[node].parent = Some(parent);
                nodes[parent].children.push(node);
            }
        }
    }

    fn append_based_on_parent_node(&self, element: &Handle, prev_element: &Handle, child: NodeOrText<Handle>) {
        let has_parent = self.nodes.borrow()[*element].parent.is_some();
        if has_parent {
            self.append_before_sibling(element, child);
        } else {
            self.append(prev_element, child);
        }
    }

    fn append_doctype_to_document(&self, _name: StrTendril, _public_id: StrTendril, _system_id: StrTendril) {}

    fn get_template_contents(&self, target: &Handle) -> Handle {
        match &self.nodes.borrow()[*target].data {
            SinkData::Element { template_contents: Some(contents), .. } => *contents,
            // Never asked by the parser for another node.
            _ => *target,
        }
    }

    fn same_node(&self, x: &Handle, y: &Handle) -> bool {
        x == y
    }

    fn set_quirks_mode(&self, _mode: QuirksMode) {}

    fn append_before_sibling(&self, sibling: &Handle, new_node: NodeOrText<Handle>) {
        let mut nodes = self.nodes.borrow_mut();
        let Some(parent) = nodes[*sibling].parent else { return };
        let at = nodes[parent].children.iter().position(|c| c == sibling).unwrap_or(0);
        match new_node {
            NodeOrText::AppendText(text) => {
                // Merged into the text just before the sibling, when there is one.
                if at > 0 {
                    let before = nodes[parent].children[at - 1];
                    if let SinkData::Text(existing) = &mut nodes[before].data {
                        existing.push_tendril(&text);
                        return;
                    }
                }
                nodes.push(SinkNode { data: SinkData::Text(text), parent: Some(parent), children: Vec::new() });
                let id = nodes.len() - 1;
                nodes[parent].children.insert(at, id);
            }
            NodeOrText::AppendNode(node) => {
                Self::detach(&mut nodes, node);
                let at = nodes[parent].children.iter().position(|c| c == sibling).unwrap_or(0);
                nodes[node].parent = Some(parent);
                nodes[parent].children.insert(at, node);
            }
        }
    }

    fn add_attrs_if_missing(&self, target: &Handle, attrs: Vec<Attribute>) {
        let mut nodes = self.nodes.borrow_mut();
        if let SinkData::Element { attrs: existing, .. } = &mut nodes[*target].data {
            for (name, value) in kept_attributes(attrs) {
                if !existing.iter().any(|(n, _)| *n == name) {
                    existing.push((name, value));
                }
            }
        }
    }

    fn remove_from_parent(&self, target: &Handle) {
        Self::detach(&mut self.nodes.borrow_mut(), *target);
    }

    fn reparent_children(&self, node: &Handle, new_parent: &Handle) {
        let mut nodes = self.nodes.borrow_mut();
        let children = std::mem::take(&mut nodes[*node].children);
        for &c in &children {
            nodes[c].parent = Some(*new_parent);
        }
        nodes[*new_parent].children.extend(children);
    }

    fn is_mathml_annotation_xml_integration_point(&self, handle: &Handle) -> bool {
        matches!(self.nodes.borrow()[*handle].data, SinkData::Element { mathml_point: true, .. })
    }
}
