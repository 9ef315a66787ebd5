// The internal Container (k8s.io/kubernetes/pkg/apis/core, types.go, v1.35) and the types it
// holds, in declaration order; the notation is described in coreTypesPod.ts. resource.Quantity
// and intstr.IntOrString are apimachinery's, with their unexported fields as go-cmp prints them.
export const CONTAINER_TYPES = `
type Container struct {
	Name string
	Image string
	Command []string
	Args []string
	WorkingDir string
	Ports []ContainerPort
	EnvFrom []EnvFromSource
	Env []EnvVar
	Resources ResourceRequirements
	ResizePolicy []ContainerResizePolicy
	RestartPolicy *ContainerRestartPolicy
	RestartPolicyRules []ContainerRestartRule
	VolumeMounts []VolumeMount
	VolumeDevices []VolumeDevice
	LivenessProbe *Probe
	ReadinessProbe *Probe
	StartupProbe *Probe
	Lifecycle *Lifecycle
	TerminationMessagePath string
	TerminationMessagePolicy TerminationMessagePolicy
	ImagePullPolicy PullPolicy
	SecurityContext *SecurityContext
	Stdin bool
	StdinOnce bool
	TTY bool
}

type EphemeralContainer struct {
	EphemeralContainerCommon
	TargetContainerName string
}

type ContainerPort struct {
	Name string
	HostPort int32
	ContainerPort int32
	Protocol Protocol
	HostIP string
}

type EnvFromSource struct {
	Prefix string
	ConfigMapRef *ConfigMapEnvSource
	SecretRef *SecretEnvSource
}

type ConfigMapEnvSource struct {
	LocalObjectReference
	Optional *bool
}

type SecretEnvSource struct {
	LocalObjectReference
	Optional *bool
}

type LocalObjectReference struct {
	Name string
}

type EnvVar struct {
	Name string
	Value string
	ValueFrom *EnvVarSource
}

type EnvVarSource struct {
	FieldRef *ObjectFieldSelector
	ResourceFieldRef *ResourceFieldSelector
	ConfigMapKeyRef *ConfigMapKeySelector
	SecretKeyRef *SecretKeySelector
	FileKeyRef *FileKeySelector
}

type ObjectFieldSelector struct {
	APIVersion string
	FieldPath string
}

type ResourceFieldSelector struct {
	ContainerName string
	Resource string
	Divisor resource.Quantity
}

type ConfigMapKeySelector struct {
	LocalObjectReference
	Key string
	Optional *bool
}

type SecretKeySelector struct {
	LocalObjectReference
	Key string
	Optional *bool
}

type FileKeySelector struct {
	VolumeName string
	Path string
	Key string
	Optional *bool
}

type ResourceRequirements struct {
	Limits ResourceList
	Requests ResourceList
	Claims []ResourceClaim
}

type ResourceClaim struct {
	Name string
	Request string
}

type ContainerResizePolicy struct {
	ResourceName ResourceName
	RestartPolicy ResourceResizeRestartPolicy
}

type ContainerRestartRule struct {
	Action ContainerRestartRuleAction
	ExitCodes *ContainerRestartRuleOnExitCodes
}

type ContainerRestartRuleOnExitCodes struct {
	Operator ContainerRestartRuleOnExitCodesOperator
	Values []int32
}

type VolumeMount struct {
	Name string
	ReadOnly bool
	RecursiveReadOnly *RecursiveReadOnlyMode
	MountPath string
	SubPath string
	MountPropagation *MountPropagationMode
	SubPathExpr string
}

type VolumeDevice struct {
	Name string
	DevicePath string
}

type Probe struct {
	ProbeHandler
	InitialDelaySeconds int32
	TimeoutSeconds int32
	PeriodSeconds int32
	SuccessThreshold int32
	FailureThreshold int32
	TerminationGracePeriodSeconds *int64
}

type ProbeHandler struct {
	Exec *ExecAction
	HTTPGet *HTTPGetAction
	TCPSocket *TCPSocketAction
	GRPC *GRPCAction
}

type ExecAction struct {
	Command []string
}

type HTTPGetAction struct {
	Path string
	Port intstr.IntOrString
	Host string
	Scheme URIScheme
	HTTPHeaders []HTTPHeader
}

type HTTPHeader struct {
	Name string
	Value string
}

type TCPSocketAction struct {
	Port intstr.IntOrString
	Host string
}

type GRPCAction struct {
	Port int32
	Service *string
}

type Lifecycle struct {
	PostStart *LifecycleHandler
	PreStop *LifecycleHandler
	StopSignal *Signal
}

type LifecycleHandler struct {
	Exec *ExecAction
	HTTPGet *HTTPGetAction
	TCPSocket *TCPSocketAction
	Sleep *SleepAction
}

type SleepAction struct {
	Seconds int64
}

type SecurityContext struct {
	Capabilities *Capabilities
	Privileged *bool
	SELinuxOptions *SELinuxOptions
	WindowsOptions *WindowsSecurityContextOptions
	RunAsUser *int64
	RunAsGroup *int64
	RunAsNonRoot *bool
	ReadOnlyRootFilesystem *bool
	AllowPrivilegeEscalation *bool
	ProcMount *ProcMountType
	SeccompProfile *SeccompProfile
	AppArmorProfile *AppArmorProfile
}

type Capabilities struct {
	Add []Capability
	Drop []Capability
}

type SELinuxOptions struct {
	User string
	Role string
	Type string
	Level string
}

type WindowsSecurityContextOptions struct {
	GMSACredentialSpecName *string
	GMSACredentialSpec *string
	RunAsUserName *string
	HostProcess *bool
}

type SeccompProfile struct {
	Type SeccompProfileType
	LocalhostProfile *string
}

type AppArmorProfile struct {
	Type AppArmorProfileType
	LocalhostProfile *string
}

type resource.Quantity struct {
	i resource.int64Amount
	d resource.infDecAmount
	s string
	Format resource.Format
}

type resource.int64Amount struct {
	value int64
	scale resource.Scale
}

type resource.infDecAmount struct {
	Dec *inf.Dec
}

type intstr.IntOrString struct {
	Type intstr.Type
	IntVal int32
	StrVal string
}

type EphemeralContainerCommon Container
type ResourceList map[ResourceName]resource.Quantity
type ResourceName string
type Protocol string
type PullPolicy string
type TerminationMessagePolicy string
type ContainerRestartPolicy string
type ContainerRestartRuleAction string
type ContainerRestartRuleOnExitCodesOperator string
type ResourceResizeRestartPolicy string
type RecursiveReadOnlyMode string
type MountPropagationMode string
type URIScheme string
type Signal string
type Capability string
type ProcMountType string
type SeccompProfileType string
type AppArmorProfileType string
type resource.Format string
type resource.Scale int32
type inf.Dec string
type intstr.Type int64
`;
