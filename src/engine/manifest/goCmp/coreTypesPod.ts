// The internal PodSpec (k8s.io/kubernetes/pkg/apis/core, types.go, v1.35) and the types only it
// holds, copied by hand in declaration order: go-cmp walks struct fields in that order, so
// the order decides which fields a diff shows and how many it counts as "identical".
// v1.35 is v1.34's PodSpec plus WorkloadRef (replaced by SchedulingGroup in v1.36).
// A field reads the v1 JSON key its Go name gives with the leading capitals lowered
// (DNSPolicy → dnsPolicy); `json:key` names the others. A line holding only a type is an
// embedded struct, inlined in JSON. Unqualified type names are in package core.
export const POD_TYPES = `
type PodSpec struct {
	Volumes []Volume
	InitContainers []Container
	Containers []Container
	EphemeralContainers []EphemeralContainer
	RestartPolicy RestartPolicy
	TerminationGracePeriodSeconds *int64
	ActiveDeadlineSeconds *int64
	DNSPolicy DNSPolicy
	NodeSelector map[string]string
	ServiceAccountName string
	AutomountServiceAccountToken *bool
	NodeName string
	SecurityContext *PodSecurityContext
	ImagePullSecrets []LocalObjectReference
	Hostname string
	Subdomain string
	SetHostnameAsFQDN *bool
	Affinity *Affinity
	SchedulerName string
	Tolerations []Toleration
	HostAliases []HostAlias
	PriorityClassName string
	Priority *int32
	PreemptionPolicy *PreemptionPolicy
	DNSConfig *PodDNSConfig
	ReadinessGates []PodReadinessGate
	RuntimeClassName *string
	Overhead ResourceList
	EnableServiceLinks *bool
	TopologySpreadConstraints []TopologySpreadConstraint
	OS *PodOS
	SchedulingGates []PodSchedulingGate
	ResourceClaims []PodResourceClaim
	Resources *ResourceRequirements
	HostnameOverride *string
	WorkloadRef *WorkloadReference
}

type PodSecurityContext struct {
	HostNetwork bool
	HostPID bool
	HostIPC bool
	ShareProcessNamespace *bool
	HostUsers *bool
	SELinuxOptions *SELinuxOptions
	WindowsOptions *WindowsSecurityContextOptions
	RunAsUser *int64
	RunAsGroup *int64
	RunAsNonRoot *bool
	SupplementalGroups []int64
	SupplementalGroupsPolicy *SupplementalGroupsPolicy
	FSGroup *int64
	FSGroupChangePolicy *PodFSGroupChangePolicy
	Sysctls []Sysctl
	SeccompProfile *SeccompProfile
	AppArmorProfile *AppArmorProfile
	SELinuxChangePolicy *PodSELinuxChangePolicy
}

type Sysctl struct {
	Name string
	Value string
}

type Toleration struct {
	Key string
	Operator TolerationOperator
	Value string
	Effect TaintEffect
	TolerationSeconds *int64
}

type HostAlias struct {
	IP string
	Hostnames []string
}

type PodDNSConfig struct {
	Nameservers []string
	Searches []string
	Options []PodDNSConfigOption
}

type PodDNSConfigOption struct {
	Name string
	Value *string
}

type PodReadinessGate struct {
	ConditionType PodConditionType
}

type TopologySpreadConstraint struct {
	MaxSkew int32
	TopologyKey string
	WhenUnsatisfiable UnsatisfiableConstraintAction
	LabelSelector *v1.LabelSelector
	MinDomains *int32
	NodeAffinityPolicy *NodeInclusionPolicy
	NodeTaintsPolicy *NodeInclusionPolicy
	MatchLabelKeys []string
}

type PodOS struct {
	Name OSName
}

type PodSchedulingGate struct {
	Name string
}

type PodResourceClaim struct {
	Name string
	ResourceClaimName *string
	ResourceClaimTemplateName *string
}

type Affinity struct {
	NodeAffinity *NodeAffinity
	PodAffinity *PodAffinity
	PodAntiAffinity *PodAntiAffinity
}

type NodeAffinity struct {
	RequiredDuringSchedulingIgnoredDuringExecution *NodeSelector
	PreferredDuringSchedulingIgnoredDuringExecution []PreferredSchedulingTerm
}

type NodeSelector struct {
	NodeSelectorTerms []NodeSelectorTerm
}

type NodeSelectorTerm struct {
	MatchExpressions []NodeSelectorRequirement
	MatchFields []NodeSelectorRequirement
}

type NodeSelectorRequirement struct {
	Key string
	Operator NodeSelectorOperator
	Values []string
}

type PreferredSchedulingTerm struct {
	Weight int32
	Preference NodeSelectorTerm
}

type PodAffinity struct {
	RequiredDuringSchedulingIgnoredDuringExecution []PodAffinityTerm
	PreferredDuringSchedulingIgnoredDuringExecution []WeightedPodAffinityTerm
}

type PodAntiAffinity struct {
	RequiredDuringSchedulingIgnoredDuringExecution []PodAffinityTerm
	PreferredDuringSchedulingIgnoredDuringExecution []WeightedPodAffinityTerm
}

type WeightedPodAffinityTerm struct {
	Weight int32
	PodAffinityTerm PodAffinityTerm
}

type PodAffinityTerm struct {
	LabelSelector *v1.LabelSelector
	Namespaces []string
	TopologyKey string
	NamespaceSelector *v1.LabelSelector
	MatchLabelKeys []string
	MismatchLabelKeys []string
}

type v1.LabelSelector struct {
	MatchLabels map[string]string
	MatchExpressions []v1.LabelSelectorRequirement
}

type v1.LabelSelectorRequirement struct {
	Key string
	Operator v1.LabelSelectorOperator
	Values []string
}

type RestartPolicy string
type DNSPolicy string
type PreemptionPolicy string
type TolerationOperator string
type TaintEffect string
type PodConditionType string
type UnsatisfiableConstraintAction string
type NodeInclusionPolicy string
type OSName string
type NodeSelectorOperator string
type SupplementalGroupsPolicy string
type PodFSGroupChangePolicy string
type PodSELinuxChangePolicy string
type v1.LabelSelectorOperator string
`;
